// What Dossier found on a page and what a card shows: plain data shapes shared by the content
// script, background, popup and components. No behaviour.
import type { ClaimCategory } from '../detect/types';
import type { ActorRecord, NoteRecord, SightingRecord } from './records';

/** An actor as one page presents it. */
export interface PageActor {
  key: string;
  name: string;
  aliases: string[];
  isOfficial: boolean;
  title?: string;
  country?: string;
  organisation?: string;
  mentionCount: number;
}

/** An unconfirmed claim as the popup lists it. */
export interface PageClaim {
  /** Position among the page's claims (0-based), for scrolling to it. */
  index: number;
  excerpt: string;
  category: ClaimCategory;
  reason: string;
  cues: string[];
  source?: string;
  /** The officials the claim names (canonical names), when it names any. */
  about?: string[];
}

/** What the content script found on its page. */
export interface PageFindings {
  url: string;
  title: string;
  /** False when Dossier is off for this site or the page has no article-like text. */
  analysed: boolean;
  officials: PageActor[];
  people: PageActor[];
  claims: PageClaim[];
}

/** A background card with the reader's notes and where they met the actor. */
export interface ActorCard {
  actor: ActorRecord;
  /** Newest first. */
  notes: NoteRecord[];
  sightings: { count: number; recent: SightingRecord[] };
}

/** The page something was found on. */
export interface PageRef {
  url: string;
  title: string;
}

/** What the hover card shows of a stored actor: the reader's notes appear in a page only this way. */
export interface ActorPreview {
  actorId: number;
  name: string;
  title?: string;
  country?: string;
  /** The start of the newest note, at most {@link NOTE_PREVIEW_LENGTH} characters. */
  latestNote?: { text: string; createdAt: number };
}

/** Longest note excerpt a page's hover card may show. */
export const NOTE_PREVIEW_LENGTH = 140;
