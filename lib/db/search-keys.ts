// Derived, indexed fields: the normalised keys and words that let the database find a card by any
// spelling and a note by any word. Recomputed on every write and by migrations; never edited by hand.
import type { ActorRecord, NoteRecord } from '../model/records';
import { nameKey } from './names';

/** Most words indexed per note: enough for search, small enough to keep writes fast. */
const MAX_WORDS_PER_NOTE = 400;

/** The distinct normalised words of `text` (two characters or more), in first-seen order. */
export function wordsOf(text: string, limit: number = MAX_WORDS_PER_NOTE): string[] {
  const words = new Set<string>();
  for (const word of nameKey(text).split(' ')) {
    if (word.length >= 2) words.add(word);
    if (words.size >= limit) break;
  }
  return [...words];
}

/** Normalised keys of the name and every alias. */
export function nameKeysOf(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(nameKey).filter((key) => key.length > 0))];
}

/** Words of the name and aliases, for prefix search. */
export function searchWordsOf(name: string, aliases: readonly string[]): string[] {
  return wordsOf([name, ...aliases].join(' '), 100);
}

/** The actor with its derived fields brought up to date. */
export function withActorKeys<T extends Omit<ActorRecord, 'nameKeys' | 'searchWords' | 'key'>>(
  actor: T,
): T & Pick<ActorRecord, 'key' | 'nameKeys' | 'searchWords'> {
  return {
    ...actor,
    key: nameKey(actor.name),
    nameKeys: nameKeysOf(actor.name, actor.aliases),
    searchWords: searchWordsOf(actor.name, actor.aliases),
  };
}

/** The note with its search words brought up to date. */
export function withNoteWords<T extends Omit<NoteRecord, 'words'>>(note: T): T & Pick<NoteRecord, 'words'> {
  return { ...note, words: wordsOf(note.text) };
}
