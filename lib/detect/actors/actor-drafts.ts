// The actors under construction while candidates are linked (resolve.ts): drafts by key, by first
// word and family name, full-name mentions by family name in text order, and the linked mentions.
// Bookkeeping only; which candidate goes to which actor is decided in resolve.ts.
import type { KnownActor } from '../types';
import type { Candidate } from './candidate';
import type { KnownEntry } from './known-index';
import { nameKey } from './normalize';
import type { Role } from './role-phrase';
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

/** A full-name mention of a draft, at a text offset. */
export interface FullMention {
  at: number;
  d: ActorDraft;
}

/** The drafts and mentions of one text, as linking proceeds. */
export class DraftBook {
  readonly drafts = new Map<string, ActorDraft>();
  /** Drafts by first word and family name ("bill|clinton"). */
  readonly byFirstSurname = new Map<string, ActorDraft[]>();
  /** Every full-name mention by family name, in text order. */
  readonly fullBySurname = new Map<string, FullMention[]>();
  readonly linked: Linked[] = [];
  /** Surnames already remembered for a draft ("smith|john smith"). */
  private readonly remembered = new Set<string>();

  constructor(private readonly tokens: TokenList) {}

  /** The draft of a known actor (the reader's list or the starter set), made on first use. */
  draftForKnown(entry: KnownEntry): ActorDraft {
    return this.draftFor(entry.key, entry.actor.name, entry.surname, entry.actor);
  }

  /** The draft with `key`, made on first use. */
  draftFor(key: string, name: string, surname: string, known?: KnownActor): ActorDraft {
    let d = this.drafts.get(key);
    if (!d) {
      d = { key, name, aliases: new Set(), roles: [], possessors: [], surname, fullAt: [], mentions: 0 };
      if (known) d.known = known;
      this.drafts.set(key, d);
      const space = key.indexOf(' ');
      const group = `${space < 0 ? key : key.slice(0, space)}|${surname}`;
      const list = this.byFirstSurname.get(group);
      if (list) list.push(d);
      else this.byFirstSurname.set(group, [d]);
    }
    return d;
  }

  /** Records candidate `c` as a full-name mention of `d`. */
  markFull(d: ActorDraft, c: Candidate): void {
    const at = this.tokens.start(c.first);
    d.fullAt.push(at);
    const list = this.fullBySurname.get(d.surname);
    if (list) list.push({ at, d });
    else this.fullBySurname.set(d.surname, [{ at, d }]);
  }

  /** A surname first met alone ("Mr. Smith", "Putin") stands for its actor in later bare mentions too. */
  remember(d: ActorDraft, w: string, at: number): void {
    const key = `${w}|${d.key}`;
    if (this.remembered.has(key)) return;
    this.remembered.add(key);
    const list = this.fullBySurname.get(w);
    if (!list) this.fullBySurname.set(w, [{ at, d }]);
    else list.splice(firstAfter(list, at), 0, { at, d });
  }

  /** Links candidate `c`, written `written`, to `d`, with its role and spelling. */
  attach(d: ActorDraft, c: Candidate, written: string): void {
    this.linked.push({ start: this.tokens.start(c.first), end: this.tokens.end(c.last), actor: d });
    d.mentions++;
    if (c.role) {
      d.roles.push(c.role);
      if (c.role.possessor !== undefined) d.possessors.push(c.role.possessor);
    }
    if (written !== d.name && written.includes(' ') && nameKey(written) !== d.key) d.aliases.add(written);
  }
}

/** Index of the first mention in the list (in text order) that comes after `at`. */
export function firstAfter(sorted: readonly FullMention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.at ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
