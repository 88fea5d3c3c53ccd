// The backup file format (version 1) and its validation. A backup is checked whole before anything
// is written: a broken, hostile or oversized file gets a clear message and changes nothing.
import type {
  ActorKind,
  ActorRecord,
  LookupRecord,
  LookupSource,
  NoteRecord,
  RoleRecord,
  RoleSource,
  SightingRecord,
} from '../model/records';
import { MAX_NOTE_LENGTH } from './notes-repo';
import { withActorKeys, withNoteWords } from './search-keys';

export const BACKUP_FORMAT = 'dossier-backup';
export const BACKUP_VERSION = 1;
/** Largest backup file accepted, in characters of JSON. */
export const MAX_BACKUP_SIZE = 50 * 1024 * 1024;
const MAX_RECORDS = 500_000;

/** A complete, versioned copy of the reader's database. Derived index fields are left out. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  actors: ActorRecord[];
  notes: NoteRecord[];
  sightings: SightingRecord[];
}

/** A backup that cannot be imported; the message says what is wrong and where. */
export class BackupError extends Error {
  override name = 'BackupError';
}

type Fields = Record<string, unknown>;
const KINDS: readonly ActorKind[] = ['official', 'person', 'organisation', 'outlet'];
const SOURCES: readonly RoleSource[] = ['page', 'reader', 'import', 'lookup'];
const LOOKUP_SOURCES: readonly LookupSource[] = ['wikidata', 'wikipedia'];

function fail(where: string, problem: string): never {
  throw new BackupError(`${where}: ${problem}`);
}
function object(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'must be an object');
  return value as Fields;
}
function text(value: unknown, where: string, max: number, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') fail(where, 'must be text');
  if (value.length > max) fail(where, `is longer than ${max} characters`);
  return value;
}
function whole(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    fail(where, 'must be a whole number');
  return value;
}
function textList(value: unknown, where: string, maxItems: number, maxLength: number): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > maxItems)
    fail(where, `must be a list of at most ${maxItems} texts`);
  return value.map((item, index) => text(item, `${where}[${index}]`, maxLength) as string);
}
function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'must be a list');
  if (value.length > MAX_RECORDS) fail(where, `has more than ${MAX_RECORDS} entries`);
  return value;
}

function readRole(value: unknown, where: string): RoleRecord {
  const role = object(value, where);
  const source =
    SOURCES.find((known) => known === role.source) ?? fail(`${where}.source`, 'is not a known source');
  const country = text(role.country, `${where}.country`, 100, true);
  const organisation = text(role.organisation, `${where}.organisation`, 200, true);
  const sourceUrl = text(role.sourceUrl, `${where}.sourceUrl`, 4096, true);
  const until = text(role.until, `${where}.until`, 40, true);
  return {
    title: text(role.title, `${where}.title`, 200) as string,
    asOf: text(role.asOf, `${where}.asOf`, 40) as string,
    source,
    ...(country ? { country } : {}),
    ...(organisation ? { organisation } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(until ? { until } : {}),
  };
}

function readLookup(value: unknown, where: string): LookupRecord {
  const lookup = object(value, where);
  const sources = list(lookup.sources, `${where}.sources`).map(
    (source, i) =>
      LOOKUP_SOURCES.find((known) => known === source) ??
      fail(`${where}.sources[${i}]`, 'is not wikidata or wikipedia'),
  );
  if (sources.length === 0 || new Set(sources).size !== sources.length)
    fail(`${where}.sources`, 'must name each source that answered once');
  const description = text(lookup.description, `${where}.description`, 5000, true);
  const extract = text(lookup.extract, `${where}.extract`, 5000, true);
  return {
    at: whole(lookup.at, `${where}.at`),
    sources,
    ...(description ? { description } : {}),
    ...(extract ? { extract } : {}),
  };
}

function readActor(value: unknown, where: string): ActorRecord {
  const actor = object(value, where);
  const name = (text(actor.name, `${where}.name`, 200) as string).trim();
  if (!name) fail(`${where}.name`, 'is empty');
  const kind = KINDS.find((known) => known === actor.kind) ?? fail(`${where}.kind`, 'is not a known kind');
  const kindSetBy =
    actor.kindSetBy === undefined
      ? undefined
      : (SOURCES.find((s) => s === actor.kindSetBy) ?? fail(`${where}.kindSetBy`, 'is not a known source'));
  const roles =
    actor.roles === undefined
      ? []
      : list(actor.roles, `${where}.roles`).map((role, i) => readRole(role, `${where}.roles[${i}]`));
  const country = text(actor.country, `${where}.country`, 100, true);
  const organisation = text(actor.organisation, `${where}.organisation`, 200, true);
  const description = text(actor.description, `${where}.description`, 5000, true);
  const links = textList(actor.links, `${where}.links`, 50, 4096).filter((link) =>
    /^https?:\/\//i.test(link),
  );
  const externalIds =
    actor.externalIds === undefined ? undefined : object(actor.externalIds, `${where}.externalIds`);
  const ids = externalIds
    ? Object.fromEntries(
        Object.entries(externalIds).map(([key, id]) => [
          key.slice(0, 40),
          text(id, `${where}.externalIds.${key}`, 200) as string,
        ]),
      )
    : undefined;
  const lookup = actor.lookup === undefined ? undefined : readLookup(actor.lookup, `${where}.lookup`);
  return withActorKeys({
    id: whole(actor.id, `${where}.id`),
    name,
    aliases: textList(actor.aliases, `${where}.aliases`, 200, 200),
    kind,
    ...(kindSetBy ? { kindSetBy } : {}),
    roles,
    ...(country ? { country } : {}),
    ...(organisation ? { organisation } : {}),
    ...(description ? { description } : {}),
    ...(links.length > 0 ? { links } : {}),
    ...(ids && Object.keys(ids).length > 0 ? { externalIds: ids } : {}),
    ...(lookup ? { lookup } : {}),
    createdAt: whole(actor.createdAt, `${where}.createdAt`),
    updatedAt: whole(actor.updatedAt, `${where}.updatedAt`),
  });
}

function readNote(value: unknown, where: string, actorIds: ReadonlySet<number>): NoteRecord {
  const note = object(value, where);
  const actorId = whole(note.actorId, `${where}.actorId`);
  if (!actorIds.has(actorId)) fail(`${where}.actorId`, 'refers to no card in this backup');
  const body = (text(note.text, `${where}.text`, MAX_NOTE_LENGTH) as string).trim();
  if (!body) fail(`${where}.text`, 'is empty');
  const pageUrl = text(note.pageUrl, `${where}.pageUrl`, 4096, true);
  return withNoteWords({
    id: whole(note.id, `${where}.id`),
    actorId,
    text: body,
    ...(pageUrl ? { pageUrl } : {}),
    createdAt: whole(note.createdAt, `${where}.createdAt`),
    updatedAt: whole(note.updatedAt, `${where}.updatedAt`),
  });
}

function readSighting(value: unknown, where: string, actorIds: ReadonlySet<number>): SightingRecord {
  const sighting = object(value, where);
  const actorId = whole(sighting.actorId, `${where}.actorId`);
  if (!actorIds.has(actorId)) fail(`${where}.actorId`, 'refers to no card in this backup');
  const url = text(sighting.url, `${where}.url`, 4096) as string;
  if (!/^https?:\/\//i.test(url)) fail(`${where}.url`, 'must be an http or https address');
  return {
    id: whole(sighting.id, `${where}.id`),
    actorId,
    url,
    title: text(sighting.title, `${where}.title`, 1000) as string,
    seenAt: whole(sighting.seenAt, `${where}.seenAt`),
  };
}

/** Parses and checks a whole backup file; throws a BackupError naming the first problem. */
export function parseBackup(json: string): BackupFile {
  if (json.length > MAX_BACKUP_SIZE) {
    throw new BackupError(
      `The file is larger than ${MAX_BACKUP_SIZE / 1024 / 1024} MB, the most a backup may be.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new BackupError('This file is not a Dossier backup: it is not valid JSON.');
  }
  const file = object(raw, 'The backup');
  if (file.format !== BACKUP_FORMAT)
    throw new BackupError('This file is not a Dossier backup (no "dossier-backup" format mark).');
  if (file.version !== BACKUP_VERSION) {
    throw new BackupError(
      `This backup has format version ${String(file.version)}; this Dossier reads version ${BACKUP_VERSION}.`,
    );
  }
  const actors = list(file.actors, 'actors').map((actor, i) => readActor(actor, `actors[${i}]`));
  const actorIds = new Set(actors.map((actor) => actor.id!));
  if (actorIds.size !== actors.length) throw new BackupError('actors: two cards share one id.');
  const notes = list(file.notes, 'notes').map((note, i) => readNote(note, `notes[${i}]`, actorIds));
  const sightings = list(file.sightings ?? [], 'sightings').map((s, i) =>
    readSighting(s, `sightings[${i}]`, actorIds),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '',
    actors,
    notes,
    sightings,
  };
}

/** The record without its derived index fields, as written to a backup file. */
export function portableActor(actor: ActorRecord): Omit<ActorRecord, 'key' | 'nameKeys' | 'searchWords'> {
  const { key: _key, nameKeys: _nameKeys, searchWords: _searchWords, ...rest } = actor;
  return rest;
}

/** The note without its derived index fields, as written to a backup file. */
export function portableNote(note: NoteRecord): Omit<NoteRecord, 'words'> {
  const { words: _words, ...rest } = note;
  return rest;
}
