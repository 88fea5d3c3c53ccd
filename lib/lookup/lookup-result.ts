// What an online look-up found, checked and cleaned: the shape the card is updated from. Plain data.
import type { LookupSource } from '../model/records';

/** A position the actor held, as Wikidata states it (P39 with its start and end qualifiers). */
export interface LookedUpPosition {
  title: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the position began, when Wikidata says. */
  start?: string;
  /** ISO date it ended, when Wikidata says. */
  end?: string;
}

/** Everything a look-up gives a card. Every text is plain, bounded and free of control characters. */
export interface LookupResult {
  /** The Wikidata item, e.g. "Q42". */
  entityId: string;
  description?: string;
  positions: LookedUpPosition[];
  /** Address of the actor's picture on Wikimedia Commons (https). */
  imagePage?: string;
  /** Address of the English Wikipedia article (https). */
  wikipediaPage?: string;
  /** The article's opening, as plain text. */
  extract?: string;
  /** The sources that answered. */
  sources: LookupSource[];
}

/** Longest description and Wikipedia extract kept. */
export const MAX_DESCRIPTION_LENGTH = 500;
export const MAX_EXTRACT_LENGTH = 1200;
/** Most positions kept from one look-up. */
export const MAX_POSITIONS = 30;
