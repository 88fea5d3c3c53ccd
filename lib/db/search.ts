// Finds cards by any word of their names, aliases or notes (prefix match), with filters and sorting,
// using the multi-entry word indexes so that it stays fast with tens of thousands of records.
import type { ActorKind, ActorRecord } from '../model/records';
import type { DossierDatabase } from './database';
import { wordsOf } from './search-keys';

/** What the reader asked for. */
export interface ActorQuery {
  text?: string;
  kind?: ActorKind;
  country?: string;
  sort?: 'name' | 'updated';
  limit?: number;
}

/** One card found, with the note that matched (when a note did) and how many notes it has. */
export interface ActorHit {
  actor: ActorRecord;
  noteCount: number;
  matchedNote?: string;
}

const DEFAULT_LIMIT = 200;

const everyWordMatches = (queryWords: readonly string[], words: readonly string[]): boolean =>
  queryWords.every((query) => words.some((word) => word.startsWith(query)));

function passesFilters(actor: ActorRecord, query: ActorQuery): boolean {
  if (query.kind && actor.kind !== query.kind) return false;
  if (query.country && actor.country !== query.country) return false;
  return true;
}

/** Searches cards and notes. An empty text lists cards by the chosen order. */
export async function searchActors(db: DossierDatabase, query: ActorQuery): Promise<ActorHit[]> {
  const limit = Math.min(query.limit ?? DEFAULT_LIMIT, 1000);
  const queryWords = wordsOf(query.text ?? '', 8);
  const byId = new Map<number, { actor: ActorRecord; matchedNote?: string }>();

  if (queryWords.length === 0) {
    const ordered =
      query.sort === 'updated' ? db.actors.orderBy('updatedAt').reverse() : db.actors.orderBy('name');
    const actors = await ordered
      .filter((actor) => passesFilters(actor, query))
      .limit(limit)
      .toArray();
    for (const actor of actors) byId.set(actor.id!, { actor });
  } else {
    const [first] = queryWords as [string];
    const nameHits = await db.actors
      .where('searchWords')
      .startsWith(first)
      .distinct()
      .filter((actor) => passesFilters(actor, query) && everyWordMatches(queryWords, actor.searchWords))
      .limit(limit)
      .toArray();
    for (const actor of nameHits) byId.set(actor.id!, { actor });
    if (byId.size < limit) {
      const noteHits = await db.notes
        .where('words')
        .startsWith(first)
        .distinct()
        .filter((note) => everyWordMatches(queryWords, note.words))
        .limit(limit * 4)
        .toArray();
      const missing = [...new Set(noteHits.map((note) => note.actorId))].filter((id) => !byId.has(id));
      const owners = await db.actors.bulkGet(missing);
      for (const actor of owners) {
        if (!actor || !passesFilters(actor, query) || byId.size >= limit) continue;
        const note = noteHits.find((hit) => hit.actorId === actor.id);
        byId.set(actor.id!, { actor, ...(note ? { matchedNote: note.text.slice(0, 160) } : {}) });
      }
    }
  }

  const hits = [...byId.values()];
  const counts = await Promise.all(
    hits.map((hit) => db.notes.where('actorId').equals(hit.actor.id!).count()),
  );
  const result = hits.map((hit, index) => ({ ...hit, noteCount: counts[index] ?? 0 }));
  if (queryWords.length > 0) {
    result.sort((a, b) =>
      query.sort === 'updated'
        ? b.actor.updatedAt - a.actor.updatedAt
        : a.actor.name.localeCompare(b.actor.name),
    );
  }
  return result;
}

/** Every country on a card, for the filter list. */
export async function listCountries(db: DossierDatabase): Promise<string[]> {
  return (await db.actors.orderBy('country').uniqueKeys()).filter(
    (key): key is string => typeof key === 'string',
  );
}
