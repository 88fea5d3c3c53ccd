// The name candidate record and the scan context shared by the candidate finders, and the key of a
// candidate's words.
import type { KnownEntry, KnownIndex } from './known-index';
import type { Role } from './role-phrase';
import type { TokenList } from './token-list';

/** A name-shaped sequence of tokens with the evidence around it. */
export interface Candidate {
  /** Token index of the first name word. */
  first: number;
  /** Token index of the last name word. */
  last: number;
  /** Folded name words without initials. */
  words: string[];
  /** Known actor whose full name or alias this is. */
  known: KnownEntry | undefined;
  /** The written form of the known name that matched. */
  knownForm: string | undefined;
  role: Role | undefined;
  honorific: boolean;
  /** Evidence strong enough on its own (role, honorific, initials, given name, speech verb...). */
  strong: boolean;
  /** Evidence that only helps together with other evidence. */
  weak: boolean;
  /** The only evidence is an unfamiliar capitalised shape (no role, cue or given name). */
  shapeOnly: boolean;
  /** Written in capitals ("PUTIN"): a mention only when the text names the person elsewhere. */
  caps: boolean;
  /** Sits in a headline-like line where every word is capitalised. */
  headline: boolean;
}

/** Context that scans tokens once. */
export interface ScanContext {
  text: string;
  tokens: TokenList;
  /** Lower-case words seen written in lower case in this text. */
  lowerWords: Set<string>;
  indexes: readonly KnownIndex[];
}

/** A name's folded words joined by single spaces (its key); a one-word name is its word, no copy made. */
export function wordsKey(words: readonly string[]): string {
  return words.length === 1 ? (words[0] as string) : words.join(' ');
}
