import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { openCardFor } from '../../../lib/db/cards';
import { getDatabase } from '../../../lib/db/database';
import { addNote } from '../../../lib/db/notes-repo';
import type { PageActor } from '../../../lib/model/findings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { saveSettings } from '../../../lib/settings/settings-store';

const contentSender = (tabId = 7) => ({
  id: fakeBrowser.runtime.id,
  url: 'https://news.example/a',
  tab: { id: tabId },
});

const official: PageActor = {
  key: 'pavel voronov',
  name: 'Pavel Voronov',
  aliases: ['Voronov'],
  isOfficial: true,
  title: 'Russian Deputy Foreign Minister',
  country: 'Russia',
  mentionCount: 3,
};
const page = { url: 'https://news.example/a', title: 'Talks stall' };

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

async function send(verb: string, payload: unknown, sender: object): Promise<Reply> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ dossier: 1, verb, payload }, sender);
  return (await replies[0]) as Reply;
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no keyboard commands; the background only needs to register a listener.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
  // Nor ports: the engine port is tested on its own (page-analysis.test.ts).
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  await getDatabase().transaction('rw', getDatabase().tables, () =>
    Promise.all(getDatabase().tables.map((t) => t.clear())),
  );
  background.main();
});

describe('background messages from content scripts', () => {
  it('creates a card with role and country for each official a page reports, and records the sighting', async () => {
    const reported = await send('pageAnalysed', { page, actors: [official], claimCount: 2 }, contentSender());
    expect(reported).toEqual({ ok: true, value: { recorded: 1 } });
    const card = await openCardFor(getDatabase(), official);
    expect(card.actor.roles[0]?.title).toBe('Russian Deputy Foreign Minister');
    expect(card.actor.country).toBe('Russia');
    expect(card.sightings.count).toBe(1);
  });

  it('records no sighting when the reader turned reading history off', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, recordSightings: false });
    const reported = await send('pageAnalysed', { page, actors: [official], claimCount: 0 }, contentSender());
    expect(reported).toEqual({ ok: true, value: { recorded: 0 } });
    expect(await getDatabase().sightings.count()).toBe(0);
  });

  it('gives a content script the reader’s current settings, and the switches changed since', async () => {
    expect(await send('getSettings', {}, contentSender())).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    await saveSettings({ ...DEFAULT_SETTINGS, claims: false, disabledSites: ['news.example'] });
    expect(await send('getSettings', {}, contentSender())).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, claims: false, disabledSites: ['news.example'] },
    });
  });

  it('gives the hover card a stored actor’s role and only the start of the latest note', async () => {
    const card = await openCardFor(getDatabase(), official);
    await addNote(getDatabase(), { actorId: card.actor.id!, text: 'Older note' }, 1);
    await addNote(getDatabase(), { actorId: card.actor.id!, text: `Newest: ${'x'.repeat(400)}` }, 2);

    const preview = await send('getActorPreview', { names: ['voronov'] }, contentSender());
    if (!preview.ok) throw new Error(preview.error);
    const value = preview.value as { name: string; title: string; latestNote: { text: string } };
    expect(value.name).toBe('Pavel Voronov');
    expect(value.title).toBe('Russian Deputy Foreign Minister');
    expect(value.latestNote.text.startsWith('Newest: ')).toBe(true);
    expect(value.latestNote.text.length).toBe(140);
    expect(await send('getActorPreview', { names: ['Nobody Known'] }, contentSender())).toEqual({
      ok: true,
      value: null,
    });
  });

  it('tells the content script which stored actors a page’s words name, without notes', async () => {
    await send('pageAnalysed', { page, actors: [official], claimCount: 0 }, contentSender());
    const reply = await send('lookupKnownActors', { words: ['pavel', 'voronov', 'moscow'] }, contentSender());
    expect(reply).toEqual({
      ok: true,
      value: [
        {
          name: 'Pavel Voronov',
          aliases: ['Voronov'],
          isOfficial: true,
          title: 'Russian Deputy Foreign Minister',
          country: 'Russia',
        },
      ],
    });
    expect(await send('lookupKnownActors', { words: 'pavel' }, contentSender())).toMatchObject({ ok: false });
  });

  it('shows the number of officials and claims on the tab badge', async () => {
    await send('pageAnalysed', { page, actors: [official], claimCount: 2 }, contentSender(11));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe('3');
  });

  it('offers content scripts no way to list, export, change or delete notes', async () => {
    for (const verb of [
      'saveNote',
      'listNotes',
      'deleteNote',
      'exportBackup',
      'getActorCard',
      'eraseEverything',
    ]) {
      expect(await send(verb, { actorId: 1, text: 'forged' }, contentSender())).toEqual({
        ok: false,
        error: `Unknown verb "${verb}".`,
      });
    }
  });

  it('rejects malformed payloads and other extensions with an error, and keeps answering', async () => {
    const malformed = await send(
      'pageAnalysed',
      { page: { url: 'javascript:alert(1)', title: '' }, actors: [], claimCount: 0 },
      contentSender(),
    );
    expect(malformed).toMatchObject({ ok: false, error: expect.stringMatching(/http or https/) });
    expect(await send('pageAnalysed', null, contentSender())).toMatchObject({ ok: false });
    expect(
      await send('pageAnalysed', { page, actors: 'many', claimCount: 0 }, contentSender()),
    ).toMatchObject({ ok: false });
    expect(await send('getActorPreview', { names: ['x'.repeat(500)] }, contentSender())).toMatchObject({
      ok: false,
    });
    expect(await send('openCardPage', { actorId: -1 }, contentSender())).toMatchObject({ ok: false });
    expect(await send('__proto__', {}, contentSender())).toMatchObject({ ok: false });
    expect(
      await send(
        'pageAnalysed',
        { page, actors: [], claimCount: 0 },
        { ...contentSender(), id: 'another-extension' },
      ),
    ).toEqual({
      ok: false,
      error: 'Messages from other extensions are refused.',
    });
    const stillWorks = await send(
      'pageAnalysed',
      { page, actors: [official], claimCount: 0 },
      contentSender(),
    );
    expect(stillWorks.ok).toBe(true);
  });
});
