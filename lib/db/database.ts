// The Dexie database: schema versions and opening. Lives in the extension's origin only
// (background, popup, options); a content script would open the news site's database instead.
import { Dexie, type EntityTable } from 'dexie';
import type { ActorRecord, NoteRecord, SightingRecord } from '../model/records';
import { upgradeToVersion2 } from './migrations';

export const DATABASE_NAME = 'dossier';

/** Small facts about the database itself, e.g. when it was last checked. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * Every schema Dossier has shipped, oldest first. Never edit an old entry: add a version and an
 * upgrade, and a test that opens a database of every earlier version (tests/unit/db/migrations).
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      actors: '++id, &key, *nameKeys, kind, updatedAt',
      notes: '++id, actorId, createdAt',
      sightings: '++id, actorId, &[actorId+url], seenAt',
    },
  },
  {
    version: 2,
    stores: {
      actors: '++id, &key, *nameKeys, *searchWords, kind, country, name, updatedAt',
      notes: '++id, actorId, createdAt, *words',
      sightings: '++id, actorId, &[actorId+url], seenAt',
      meta: 'key',
    },
  },
] as const;

/** Dossier's IndexedDB database. */
export class DossierDatabase extends Dexie {
  actors!: EntityTable<ActorRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  sightings!: EntityTable<SightingRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = DATABASE_NAME, upToVersion: number = SCHEMA_VERSIONS.length) {
    super(name);
    for (const schema of SCHEMA_VERSIONS.slice(0, upToVersion)) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.version === 2) version.upgrade(upgradeToVersion2);
    }
  }
}

let shared: DossierDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): DossierDatabase {
  shared ??= new DossierDatabase();
  return shared;
}
