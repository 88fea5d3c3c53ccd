// Links name candidates to actors: full names first, then surname-only mentions to the nearest full name
// or to a known actor (exact or spelling variant). Gathers each actor's title, country and aliases.
import { NAME_PARTICLES } from '../lexicon/en/person-cues';
import { type ActorDraft, DraftBook, type FullMention, firstAfter, type Linked } from './actor-drafts';
import { type Candidate, wordsKey } from './candidate';
import type { KnownEntry, KnownIndex } from './known-index';
import { closeSpelling, foldWord, skeleton, wordSkeleton, wordsSkeleton } from './normalize';
import { afterPlacePreposition, placeWords, repeatedShapes } from './org-shapes';
import { surnameOf } from './surname';
import type { TokenList } from './token-list';
import { GIVEN, wordClass } from './word-class';

/** True for a word of the given-name list, which is no spelling of a surname ("Michelle", not "Michel"). */
function isGivenName(w: string): boolean {
  return (wordClass(w) & GIVEN) !== 0;
}

export type { ActorDraft, Linked } from './actor-drafts';

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
  const book = new DraftBook(tokens);
  const { byFirstSurname, fullBySurname, linked } = book;
  const places = placeWords(tokens, candidates);
  const dropped = repeatedShapes(candidates);
  for (const c of candidates)
    if (c.shapeOnly && c.words.length > 1 && places.has(c.words.at(-1) ?? '')) dropped.add(c);
  // Full names: known actors and strong multi-word candidates.
  const pending: Candidate[] = [];
  for (const c of candidates) {
    if (c.known) {
      const written = spanText(text, tokens, c);
      const d = book.draftForKnown(c.known);
      book.markFull(d, c);
      book.attach(d, c, written);
      continue;
    }
    if (c.last > c.first && !c.caps && !allParticles(c.words)) {
      // Spelling variant of a known actor: same skeleton for every word.
      const variant = lookupVariant(indexes, c.words);
      if (variant) {
        const written = spanText(text, tokens, c);
        const d = book.draftForKnown(variant);
        d.aliases.add(written);
        book.markFull(d, c);
        book.attach(d, c, written);
        continue;
      }
    }
    if (c.last > c.first && c.strong && !dropped.has(c) && !allParticles(c.words)) {
      const written = spanText(text, tokens, c);
      const surname = surnameOf(c.words);
      const key = wordsKey(c.words);
      const existing = findSameFull(byFirstSurname.get(`${c.words[0]}|${surname}`) ?? [], c.words);
      const d = existing ?? book.draftFor(key, written, surname);
      if (existing && written.length > d.name.length && !d.known) {
        d.aliases.add(d.name);
        d.name = written;
      }
      book.markFull(d, c);
      book.attach(d, c, written);
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
        const d = official ?? nearest(local, at, () => true) ?? (local[0] as FullMention).d;
        // "Sara Netanyahu, the prime minister's wife" ... "Mr. Netanyahu": a man's honorific does not point to
        // a relative named in full, but to the well-known official of that surname.
        const elsewhere =
          knownOfficial ??
          (isRelative(d) && manHonorific(tokens, c.first) ? surnameAloneActor(indexes, w) : undefined);
        book.attach(elsewhere ? book.draftForKnown(elsewhere) : d, c, spanText(text, tokens, c));
        continue;
      }
      if (c.caps) continue;
      if (places.has(w) && afterPlacePreposition(tokens, c)) continue;
      const cue = !!c.role || c.honorific;
      // "his wife Michelle": a relation names a person by first name, so it does not point to a surname.
      const surnameCue = cue && !c.role?.relation;
      const known = lookupSurname(indexes, w);
      const pick = known.find((e) => e.surnameAlone) ?? (surnameCue ? known[0] : undefined);
      if (pick) {
        const d = book.draftForKnown(pick);
        book.attach(d, c, spanText(text, tokens, c));
        book.remember(d, w, at);
        continue;
      }
      if (surnameCue && w.length >= 4 && !isGivenName(w)) {
        const variant = lookupSkeleton(indexes, w).find((e) => closeSpelling(w, e.surname));
        if (variant) {
          const written = spanText(text, tokens, c);
          const d = book.draftForKnown(variant);
          if (foldWord(written) !== variant.surname) d.aliases.add(written);
          book.attach(d, c, written);
          book.remember(d, w, at);
          continue;
        }
      }
      if (cue && !c.headline) {
        const written = spanText(text, tokens, c);
        const d = book.draftFor(w, written, w);
        book.attach(d, c, written);
        book.remember(d, w, at);
        continue;
      }
      continue;
    }
    if (c.strong && !dropped.has(c) && c.last > c.first) {
      const written = spanText(text, tokens, c);
      book.attach(book.draftFor(wordsKey(c.words), written, c.words.at(-1) ?? ''), c, written);
    }
  }
  linked.sort((x, y) => x.start - y.start);
  return { linked, drafts: [...book.drafts.values()] };
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

/** A draft whose only roles say whose relative the person is ("the prime minister's wife"). */
function isRelative(d: ActorDraft): boolean {
  return !d.known && d.roles.length > 0 && d.roles.every((r) => r.relation === true);
}

/** "Mr. X": the honorific right before token `first` is a man's. */
function manHonorific(tokens: TokenList, first: number): boolean {
  return tokens.lower(first - 1) === 'mr' && tokens.cap(first - 1);
}

/** The known actor that the surname alone names ("Netanyahu"), if any. */
function surnameAloneActor(indexes: readonly KnownIndex[], w: string): KnownEntry | undefined {
  return lookupSurname(indexes, w).find((e) => e.surnameAlone);
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
