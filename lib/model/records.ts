// Shapes of what Dossier stores about actors, notes and sightings. Plain data, shared by db and UI.

/** What kind of actor a card is about. */
export type ActorKind = 'official' | 'person' | 'organisation' | 'outlet';

/** Where a piece of a card came from. */
export type RoleSource = 'page' | 'reader' | 'import' | 'lookup';

/** One role an actor held, as of a date, and where Dossier learned it. */
export interface RoleRecord {
  title: string;
  country?: string;
  organisation?: string;
  /** ISO date (YYYY-MM-DD, or YYYY when only the year is known) the role was seen, stated or began. */
  asOf: string;
  /** ISO date the role ended, when known (imported lists say so). */
  until?: string;
  source: RoleSource;
  /** The page the role was read from, when `source` is 'page'. */
  sourceUrl?: string;
}

/** A public source an online look-up reads. */
export type LookupSource = 'wikidata' | 'wikipedia';

/**
 * What the last online look-up found, kept with the card so that it is shown without asking again.
 * The look-up's description is kept here even when the card's own description is the reader's.
 */
export interface LookupRecord {
  /** When the look-up answered (milliseconds since 1970, UTC). */
  at: number;
  /** The sources that answered, in the order Wikidata, Wikipedia. */
  sources: LookupSource[];
  /** Wikidata's one-line description of the actor. */
  description?: string;
  /** The opening of the actor's English Wikipedia article, as plain text. */
  extract?: string;
}

/** A background card on an actor. */
export interface ActorRecord {
  id?: number;
  /** Normalised canonical name: the unique key of the card. */
  key: string;
  name: string;
  /** Every other spelling seen. */
  aliases: string[];
  /** Normalised name and aliases, indexed for look-up by any spelling. */
  nameKeys: string[];
  /** Every word of the name and aliases, normalised, indexed for prefix search. */
  searchWords: string[];
  kind: ActorKind;
  /** Who decided `kind`: when the reader did, pages never change it ("not an official" wins). */
  kindSetBy?: RoleSource;
  /** Newest first. */
  roles: RoleRecord[];
  country?: string;
  organisation?: string;
  description?: string;
  /** Web addresses about the actor (http or https only). */
  links?: string[];
  /** Identifiers in public registers, e.g. { wikidata: 'Q22250' }. */
  externalIds?: Record<string, string>;
  /** The last online look-up (only when the reader switched look-up on and asked for it). */
  lookup?: LookupRecord;
  createdAt: number;
  updatedAt: number;
}

/** A note the reader wrote on an actor. */
export interface NoteRecord {
  id?: number;
  actorId: number;
  text: string;
  /** The page the note was written on, if any. */
  pageUrl?: string;
  /** The note's words, normalised, indexed for prefix search. */
  words: string[];
  createdAt: number;
  updatedAt: number;
}

/** One page on which the reader met an actor. */
export interface SightingRecord {
  id?: number;
  actorId: number;
  url: string;
  title: string;
  seenAt: number;
}
