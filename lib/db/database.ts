// The Dexie database: schema versions and opening. Lives in the extension's origin only
// (background, popup, options); a content script would open the news site's database instead.
import { Dexie, type EntityTable } from 'dexie';
import type { ActorRecord, NoteRecord, SightingRecord } from '../model/records';

export const DATABASE_NAME = 'dossier';

/** Dossier's IndexedDB database. Add a new `version()` for every schema change; never edit an old one. */
export class DossierDatabase extends Dexie {
  actors!: EntityTable<ActorRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  sightings!: EntityTable<SightingRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      actors: '++id, &key, *nameKeys, kind, updatedAt',
      notes: '++id, actorId, createdAt',
      sightings: '++id, actorId, &[actorId+url], seenAt',
    });
  }
}

let shared: DossierDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): DossierDatabase {
  shared ??= new DossierDatabase();
  return shared;
}
