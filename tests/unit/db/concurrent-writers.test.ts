import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { upsertActorFromPage } from '../../../lib/db/actors-repo';
import { DossierDatabase } from '../../../lib/db/database';
import { applyListImport } from '../../../lib/db/list-import';
import { addNote } from '../../../lib/db/notes-repo';
import type { ImportedActor } from '../../../lib/import/types';

describe('two extension pages writing at once', () => {
  it('loses nothing when a popup saves notes while the options page imports a list', async () => {
    const name = 'dossier-concurrent';
    const popup = new DossierDatabase(name);
    const options = new DossierDatabase(name);
    await Promise.all([popup.open(), options.open()]);
    const card = await upsertActorFromPage(
      popup,
      { name: 'Ana Ruiz', aliases: [], isOfficial: true },
      { url: 'https://a.example/', title: 'A' },
    );
    const list: ImportedActor[] = Array.from({ length: 2_000 }, (_, i) => ({
      name: `Listed Official ${i}`,
      aliases: [],
      kind: 'official',
      title: 'Mayor',
    }));

    const notes = Array.from({ length: 50 }, (_, i) =>
      addNote(popup, { actorId: card.id!, text: `note ${i}` }),
    );
    const imported = applyListImport(options, [
      ...list,
      { name: 'Ana Ruiz', aliases: ['A. Ruiz'], kind: 'official', title: 'Minister' },
    ]);
    await Promise.all([...notes, imported]);

    expect(await popup.notes.where('actorId').equals(card.id!).count()).toBe(50);
    expect(await options.actors.count()).toBe(2_001);
    expect((await popup.actors.get(card.id!))?.aliases).toContain('A. Ruiz');
    popup.close();
    await options.delete();
  });
});
