// Test helpers: the text of the spans the people finder marks as people and as officials.
import { findActors } from '../../../lib/detect/actors/find-actors';
import type { KnownActor } from '../../../lib/detect/types';

/** The written names of every person mention found in `text`, in order. */
export function people(text: string, knownActors: readonly KnownActor[] = []): string[] {
  return findActors(text, { knownActors }).people.map((m) => text.slice(m.start, m.end));
}

/** The written names of every official mention found in `text`, in order. */
export function officials(text: string, knownActors: readonly KnownActor[] = []): string[] {
  return findActors(text, { knownActors }).officials.map((m) => text.slice(m.start, m.end));
}
