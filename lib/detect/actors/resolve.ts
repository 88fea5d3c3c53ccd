// Links name candidates to actors: full names first, then surname-only mentions to the nearest full name
// or to a known actor (exact or spelling variant). Gathers each actor's title, country and aliases.
import { NAME_PARTICLES } from '../lexicon/en/person-cues';
import type { KnownActor } from '../types';
import { type Candidate, wordsKey } from './candidate';
import type { KnownEntry, KnownIndex } from './known-index';
import { closeSpelling, foldWord, nameKey, skeleton, wordSkeleton, wordsSkeleton } from './normalize';
import { afterPlacePreposition, placeWords, repeatedShapes } from './org-shapes';
import type { Role } from './role-phrase';
import { surnameOf } from './surname';
import type { TokenList } from './token-list';

/** A mention tied to an actor under construction. */
export interface Linked {
  start: number;
  end: number;
  actor: ActorDraft;
}

/** An actor being assembled from its mentions. */
export interface ActorDraft {
  key: string;
  name: string;
  aliases: Set<string>;
  known?: KnownActor;
  roles: Role[];
  /** Possessor tokens of conditional roles ("Whitcomb's spokesman"), resolved after linking. */
  possessors: number[];
  surname: string;
  /** Start offsets of full-name mentions. */
  fullAt: number[];
  mentions: number;
}

function spanText(text: string, tokens: TokenList, c: Candidate): string {
  const raw = text.slice(tokens.start(c.first), tokens.end(c.last));
  return INVISIBLE_TEST.test(raw) ? raw.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '') : raw;
}

const INVISIBLE_TEST = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

function lookupSurname(indexes: readonly KnownIndex[], w: string): KnownEntry[] {
  for (const index of indexes) {
    const list = index.bySurname.get(w);
    if (list && list.length > 0) return list;
  }
  return [];
}

function lookupSkeleton(indexes: readonly KnownIndex[], w: string): KnownEntry[] {
  const sk = skeleton(w);
  if (sk.length < 3) return [];
  for (const index of indexes) {
    const list = index.bySkeleton.get(sk);
    if (list && list.length > 0) return list;
  }
  return [];
}

/** Resolves candidates into linked mentions and actor drafts. */
export function resolve(
  text: string,
  tokens: TokenList,
  candidates: readonly Candidate[],
  indexes: readonly KnownIndex[],
): { linked: Linked[]; drafts: ActorDraft[] } {
  const drafts = new Map<string, ActorDraft>();
  // Drafts by first word and family name, and every full-name mention by family name in text order.
  const byFirstSurname = new Map<string, ActorDraft[]>();
  const fullBySurname = new Map<string, FullMention[]>();
  const linked: Linked[] = [];
  // A surname first met alone ("Mr. Smith", "Putin") stands for its actor in later bare mentions too.
  const remembered = new Set<string>();
  const remember = (d: ActorDraft, w: string, at: number): void => {
    if (remembered.has(`${w}|${d.key}`)) return;
    remembered.add(`${w}|${d.key}`);
    const list = fullBySurname.get(w);
    if (!list) fullBySurname.set(w, [{ at, d }]);
    else list.splice(firstAfter(list, at), 0, { at, d });
  };
  const markFull = (d: ActorDraft, c: Candidate): void => {
    const at = tokens.start(c.first);
    d.fullAt.push(at);
    const list = fullBySurname.get(d.surname);
    if (list) list.push({ at, d });
    else fullBySurname.set(d.surname, [{ at, d }]);
  };

  const draftFor = (key: string, name: string, surname: string, known?: KnownActor): ActorDraft => {
    let d = drafts.get(key);
    if (!d) {
      d = { key, name, aliases: new Set(), roles: [], possessors: [], surname, fullAt: [], mentions: 0 };
      if (known) d.known = known;
      drafts.set(key, d);
      const space = key.indexOf(' ');
      const group = `${space < 0 ? key : key.slice(0, space)}|${surname}`;
      const list = byFirstSurname.get(group);
      if (list) list.push(d);
      else byFirstSurname.set(group, [d]);
    }
    return d;
  };
  const attach = (d: ActorDraft, c: Candidate, written: string): void => {
    linked.push({ start: tokens.start(c.first), end: tokens.end(c.last), actor: d });
    d.mentions++;
    if (c.role) {
      d.roles.push(c.role);
      if (c.role.possessor !== undefined) d.possessors.push(c.role.possessor);
    }
    if (written !== d.name && written.includes(' ') && nameKey(written) !== d.key) d.aliases.add(written);
  };

  const places = placeWords(tokens, candidates);
  const dropped = repeatedShapes(candidates);
  for (const c of candidates)
    if (c.shapeOnly && c.words.length > 1 && places.has(c.words.at(-1) ?? '')) dropped.add(c);
  // Full names: known actors and strong multi-word candidates.
  const pending: Candidate[] = [];
  const fullNames: { c: Candidate; d: ActorDraft }[] = [];
  for (const c of candidates) {
    if (c.known) {
      const written = spanText(text, tokens, c);
      const k = c.known;
      const d = draftFor(k.key, k.actor.name, k.surname, k.actor);
      fullNames.push({ c, d });
      markFull(d, c);
      attach(d, c, written);
      continue;
    }
    if (c.last > c.first && !c.caps && !allParticles(c.words)) {
      // Spelling variant of a known actor: same skeleton for every word.
      const variant = lookupVariant(indexes, c.words);
      if (variant) {
        const written = spanText(text, tokens, c);
        const d = draftFor(variant.key, variant.actor.name, variant.surname, variant.actor);
        d.aliases.add(written);
        markFull(d, c);
        attach(d, c, written);
        continue;
      }
    }
    if (c.last > c.first && c.strong && !dropped.has(c) && !allParticles(c.words)) {
      const written = spanText(text, tokens, c);
      const surname = surnameOf(c.words);
      const key = wordsKey(c.words);
      const existing = findSameFull(byFirstSurname.get(`${c.words[0]}|${surname}`) ?? [], c.words);
      const d = existing ?? draftFor(key, written, surname);
      if (existing && written.length > d.name.length && !d.known) {
        d.aliases.add(d.name);
        d.name = written;
      }
      markFull(d, c);
      fullNames.push({ c, d });
      attach(d, c, written);
      continue;
    }
    pending.push(c);
  }

  // Surname-only (and first-word) mentions.
  // The written form is cut from the text only for mentions that are attached to an actor.
  for (const c of pending) {
    const w = c.first === c.last || allParticles(c.words) ? wordsKey(c.words) : '';
    const at = tokens.start(c.first);
    if (w) {
      const local = fullBySurname.get(w);
      if (local && local.length > 0) {
        // "Sen. Cruz" near both Ted and Heidi Cruz: an office title points to the official.
        const officeCue = c.role?.official === true;
        const official = officeCue ? nearest(local, at, isOfficialDraft) : undefined;
        const knownOfficial =
          officeCue && !official ? lookupSurname(indexes, w).find((e) => e.actor.isOfficial) : undefined;
        if (knownOfficial) {
          attach(
            draftFor(knownOfficial.key, knownOfficial.actor.name, knownOfficial.surname, knownOfficial.actor),
            c,
            spanText(text, tokens, c),
          );
          continue;
        }
        const d = official ?? nearest(local, at, () => true) ?? (local[0] as FullMention).d;
        attach(d, c, spanText(text, tokens, c));
        continue;
      }
      if (c.caps) continue;
      if (places.has(w) && afterPlacePreposition(tokens, c)) continue;
      const cue = !!c.role || c.honorific;
      const known = lookupSurname(indexes, w);
      const pick = known.find((e) => e.surnameAlone) ?? (cue ? known[0] : undefined);
      if (pick) {
        const d = draftFor(pick.key, pick.actor.name, pick.surname, pick.actor);
        attach(d, c, spanText(text, tokens, c));
        remember(d, w, at);
        continue;
      }
      if (cue && w.length >= 4) {
        const variant = lookupSkeleton(indexes, w).find((e) => closeSpelling(w, e.surname));
        if (variant) {
          const written = spanText(text, tokens, c);
          const d = draftFor(variant.key, variant.actor.name, variant.surname, variant.actor);
          if (foldWord(written) !== variant.surname) d.aliases.add(written);
          attach(d, c, written);
          remember(d, w, at);
          continue;
        }
      }
      if (cue && !c.headline) {
        const written = spanText(text, tokens, c);
        const d = draftFor(w, written, w);
        attach(d, c, written);
        remember(d, w, at);
        continue;
      }
      continue;
    }
    if (c.strong && !dropped.has(c) && c.last > c.first) {
      const written = spanText(text, tokens, c);
      attach(draftFor(wordsKey(c.words), written, c.words.at(-1) ?? ''), c, written);
    }
  }
  linked.sort((x, y) => x.start - y.start);
  return { linked, drafts: [...drafts.values()] };
}

/** True when every word but the last is a particle ("de Blasio", "van Gogh"). */
function allParticles(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  for (let i = 0; i < words.length - 1; i++) if (!NAME_PARTICLES.has(words[i] ?? '')) return false;
  return true;
}

/** A known actor whose full name sounds like `words`, every word spelled closely ("Yunus-Bege Evkurov"). */
function lookupVariant(indexes: readonly KnownIndex[], words: readonly string[]): KnownEntry | undefined {
  // The first word's skeleton starts the key: most unfamiliar names stop here without building the key.
  const first = wordSkeleton(words[0] ?? '');
  if (!indexes.some((index) => index.firstSkeletons.has(first))) return undefined;
  const key = wordsSkeleton(words);
  for (const index of indexes) {
    const forms = index.byNameSkeleton.get(key);
    if (!forms) continue;
    for (const form of forms) {
      if (form.words.every((w, i) => closeSpelling(w, words[i] ?? ''))) return form.entry;
    }
  }
  return undefined;
}

/** A draft whose full name is a superset or subset of `words` ("George Bush" / "George W. Bush"). */
function findSameFull(list: readonly ActorDraft[], words: readonly string[]): ActorDraft | undefined {
  for (const d of list) {
    const dw = d.key.split(' ');
    const small = dw.length <= words.length ? dw : words;
    const big = dw.length <= words.length ? words : dw;
    if (small.every((w) => big.includes(w)) && small[0] === big[0]) return d;
  }
  return undefined;
}

/** A full-name mention of a draft, at a text offset. */
interface FullMention {
  at: number;
  d: ActorDraft;
}

function isOfficialDraft(d: ActorDraft): boolean {
  return d.known?.isOfficial === true || d.roles.some((r) => r.official);
}

/**
 * The draft of the full-name mention nearest to `at` that passes `accept`, preferring earlier ones
 * ("... Kim Yong-hyun ... Kim"). Looks at a bounded number of mentions on each side.
 */
function nearest(
  list: readonly FullMention[],
  at: number,
  accept: (d: ActorDraft) => boolean,
): ActorDraft | undefined {
  const i = firstAfter(list, at);
  let before: FullMention | undefined;
  for (let k = i - 1; k >= 0 && k >= i - 64; k--) {
    const m = list[k] as FullMention;
    if (accept(m.d)) {
      before = m;
      break;
    }
  }
  let after: FullMention | undefined;
  for (let k = i; k < list.length && k < i + 64; k++) {
    const m = list[k] as FullMention;
    if (accept(m.d)) {
      after = m;
      break;
    }
  }
  if (!before) return after?.d;
  if (!after) return before.d;
  return at - before.at <= (after.at - at) * 4 ? before.d : after.d;
}

/** Index of the first mention in the list (in text order) that comes after `at`. */
function firstAfter(sorted: readonly FullMention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.at ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
