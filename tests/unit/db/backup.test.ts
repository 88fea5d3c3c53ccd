import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { upsertActorFromPage } from '../../../lib/db/actors-repo';
import { applyBackupImport, eraseEverything, exportBackup, planBackupImport } from '../../../lib/db/backup';
import { BackupError, parseBackup } from '../../../lib/db/backup-format';
import type { DossierDatabase } from '../../../lib/db/database';
import { notesAsCsv, notesAsMarkdown } from '../../../lib/db/notes-export';
import { addNote } from '../../../lib/db/notes-repo';
import { recordSighting } from '../../../lib/db/sightings-repo';
import { openFreshDatabase } from './fresh-database';

const page = { url: 'https://news.example/a', title: 'Talks' };
let db: DossierDatabase;
beforeEach(async () => {
  db = await openFreshDatabase('backup');
});
afterEach(async () => {
  await db.delete();
});

async function fill(): Promise<void> {
  const a = await upsertActorFromPage(
    db,
    { name: 'Ana Ruiz', aliases: ['Ruiz'], isOfficial: true, title: 'Minister', country: 'Spain' },
    page,
    10,
  );
  const b = await upsertActorFromPage(
    db,
    { name: '<img src=x onerror=alert(1)>', aliases: [], isOfficial: false },
    page,
    20,
  );
  await addNote(db, { actorId: a.id!, text: 'Line one\nline "two", =SUM(A1)' }, 30);
  await addNote(db, { actorId: b.id!, text: 'Just text' }, 40);
  await recordSighting(db, { actorId: a.id!, url: page.url, title: page.title }, 50);
}

describe('backup', () => {
  it('round-trips losslessly: export, erase, import, export gives the same records', async () => {
    await fill();
    const first = await exportBackup(db, 1000);
    await eraseEverything(db);
    expect(await db.actors.count()).toBe(0);
    const plan = await applyBackupImport(db, parseBackup(first));
    expect(plan).toEqual({
      actorsAdded: 2,
      actorsMerged: 0,
      notesAdded: 2,
      notesAlreadyThere: 0,
      sightingsAdded: 1,
    });
    expect(await exportBackup(db, 1000)).toBe(first);
  });

  it('plans before writing, merges into existing cards and never duplicates a note', async () => {
    await fill();
    const backup = parseBackup(await exportBackup(db));
    const plan = await planBackupImport(db, backup);
    expect(plan).toMatchObject({ actorsAdded: 0, actorsMerged: 2, notesAdded: 0, notesAlreadyThere: 2 });
    await applyBackupImport(db, backup);
    expect(await db.notes.count()).toBe(2);
    expect(await db.actors.count()).toBe(2);
  });

  it('renumbers only the records whose ids are taken, so nothing collides', async () => {
    await fill();
    const other = await openFreshDatabase('backup-ids');
    const x = await upsertActorFromPage(other, { name: 'New Person', aliases: [], isOfficial: true }, page);
    for (let i = 0; i < 20; i += 1) await addNote(other, { actorId: x.id!, text: `note ${i}` });
    const backup = parseBackup(await exportBackup(other));
    await other.delete();
    const plan = await applyBackupImport(db, backup);
    expect(plan).toMatchObject({ actorsAdded: 1, notesAdded: 20 });
    expect(await db.notes.count()).toBe(22);
    expect(await db.actors.count()).toBe(3);
  });

  it('leaves the database exactly as before when an import fails halfway', async () => {
    await fill();
    const before = await exportBackup(db, 1);
    const other = await openFreshDatabase('backup-source');
    const x = await upsertActorFromPage(other, { name: 'New Person', aliases: [], isOfficial: true }, page);
    for (let i = 0; i < 20; i += 1) await addNote(other, { actorId: x.id!, text: `note ${i}` });
    const backup = parseBackup(await exportBackup(other));
    await other.delete();

    // The notes fail after the new card was written: the whole import must roll back.
    vi.spyOn(db.notes, 'bulkAdd').mockRejectedValue(new Error('disk went away'));
    await expect(applyBackupImport(db, backup)).rejects.toThrow('disk went away');
    vi.restoreAllMocks();
    expect(await exportBackup(db, 1)).toBe(before);
  });

  it('rejects broken, foreign, hostile and oversized files with a clear message', () => {
    const valid = {
      format: 'dossier-backup',
      version: 1,
      exportedAt: '',
      actors: [],
      notes: [],
      sightings: [],
    };
    const cases: [string, RegExp][] = [
      ['{"format": "dossier-backup", "vers', /not valid JSON/],
      ['[1,2,3]', /must be an object/],
      [JSON.stringify({ ...valid, format: 'something-else' }), /not a Dossier backup/],
      [JSON.stringify({ ...valid, version: 99 }), /version 99/],
      [
        JSON.stringify({ ...valid, notes: [{ id: 1, actorId: 5, text: 'x', createdAt: 0, updatedAt: 0 }] }),
        /refers to no card/,
      ],
      [
        JSON.stringify({
          ...valid,
          actors: [{ id: 1, name: 'A', kind: 'wizard', createdAt: 0, updatedAt: 0 }],
        }),
        /kind/,
      ],
      [
        JSON.stringify({
          ...valid,
          actors: [{ id: 1, name: 'x'.repeat(300), kind: 'person', createdAt: 0, updatedAt: 0 }],
        }),
        /longer than/,
      ],
      [
        JSON.stringify({
          ...valid,
          sightings: [{ id: 1, actorId: 1, url: 'javascript:alert(1)', title: '', seenAt: 0 }],
          actors: [{ id: 1, name: 'A', kind: 'person', createdAt: 0, updatedAt: 0 }],
        }),
        /http or https/,
      ],
      ['x'.repeat(50 * 1024 * 1024 + 1), /larger than 50 MB/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseBackup(text)).toThrow(BackupError);
      expect(() => parseBackup(text)).toThrow(message);
    }
    expect(() => parseBackup(JSON.stringify({ ...valid, ['__proto__']: { polluted: true } }))).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('notes export', () => {
  it('writes Markdown and CSV that keep the text as text and cannot run as spreadsheet formulas', async () => {
    await fill();
    const [actors, notes] = [await db.actors.toArray(), await db.notes.toArray()];
    const markdown = notesAsMarkdown(actors, notes);
    expect(markdown).toContain('## Ana Ruiz (Minister)');
    expect(markdown).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    const csv = notesAsCsv(actors, notes);
    expect(csv.split('\r\n')[0]).toBe('"actor","role","country","created","updated","page","note"');
    expect(csv).toContain('"Line one\nline ""two"", =SUM(A1)"');
    expect(csv).not.toContain('"=');
  });
});
