import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import type { PageActor } from '../../../lib/model/findings';

const EXTENSION_ORIGIN = () => fakeBrowser.runtime.getURL('/');
const popupSender = () => ({ id: fakeBrowser.runtime.id, url: `${EXTENSION_ORIGIN()}popup.html` });
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

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no keyboard commands; the background only needs to register a listener.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  background.main();
});

describe('background messages', () => {
  it('creates a card for each official a page reports, then opens it with notes for the popup', async () => {
    const reported = await send('pageAnalysed', { page, actors: [official], claimCount: 2 }, contentSender());
    expect(reported).toEqual({ ok: true, value: { recorded: 1 } });

    const opened = await send('openActorCard', { actor: official, page }, popupSender());
    if (!opened.ok) throw new Error(opened.error);
    const card = opened.value as { actor: { id: number; roles: { title: string }[]; country: string } };
    expect(card.actor.roles[0]?.title).toBe('Russian Deputy Foreign Minister');
    expect(card.actor.country).toBe('Russia');

    const saved = await send(
      'saveNote',
      { actorId: card.actor.id, text: 'Asked to be replaced?' },
      popupSender(),
    );
    expect(saved.ok).toBe(true);
    const reloaded = await send('getActorCard', { actorId: card.actor.id }, popupSender());
    expect(reloaded).toMatchObject({
      ok: true,
      value: { notes: [{ text: 'Asked to be replaced?' }], sightings: { count: 1 } },
    });
  });

  it('gives the hover card a stored actor’s role and only the start of the latest note', async () => {
    await send('pageAnalysed', { page, actors: [official], claimCount: 0 }, contentSender());
    const opened = await send('openActorCard', { actor: official }, popupSender());
    const actorId = (opened as { ok: true; value: { actor: { id: number } } }).value.actor.id;
    await send('saveNote', { actorId, text: `Older note` }, popupSender());
    await send('saveNote', { actorId, text: `Newest: ${'x'.repeat(400)}` }, popupSender());

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

  it('shows the number of officials and claims on the tab badge', async () => {
    await send('pageAnalysed', { page, actors: [official], claimCount: 2 }, contentSender(11));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe('3');
  });

  it('refuses note verbs from content scripts, whatever a page forges', async () => {
    for (const verb of ['saveNote', 'getActorCard', 'openActorCard']) {
      const reply = await send(verb, { actorId: 1, text: 'forged', actor: official }, contentSender());
      expect(reply).toEqual({ ok: false, error: `"${verb}" is not available to web pages.` });
    }
  });

  it('rejects malformed payloads, unknown verbs and other extensions with an error, and keeps answering', async () => {
    const malformed = await send(
      'pageAnalysed',
      { page: { url: 'javascript:alert(1)', title: '' }, actors: [], claimCount: 0 },
      contentSender(),
    );
    expect(malformed).toMatchObject({ ok: false, error: expect.stringMatching(/http or https/) });
    expect(await send('saveNote', { actorId: -4, text: 'x' }, popupSender())).toMatchObject({ ok: false });
    expect(await send('saveNote', null, popupSender())).toMatchObject({ ok: false });
    expect(await send('deleteEverything', {}, popupSender())).toMatchObject({
      ok: false,
      error: 'Unknown verb "deleteEverything".',
    });
    expect(await send('__proto__', {}, popupSender())).toMatchObject({ ok: false });
    expect(
      await send('getActorCard', { actorId: 1 }, { ...popupSender(), id: 'another-extension' }),
    ).toMatchObject({
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
