// The engine as the background runs it for content scripts: through the background's real message
// wiring, with payloads a forged page message could carry.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { MAX_ANALYSIS_CHARACTERS } from '../../../lib/background/page-analysis';
import { analyze } from '../../../lib/detect';
import type { RemoteAnalysis } from '../../../lib/messaging';

type Reply = { ok: true; value: RemoteAnalysis } | { ok: false; error: string };

const contentSender = { id: fakeBrowser.runtime.id, url: 'https://news.example/a' };

async function analyse(payload: unknown): Promise<Reply> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(
    { dossier: 1, verb: 'analyseText', payload },
    contentSender,
  );
  return (await replies[0]) as Reply;
}

const ARTICLE =
  'Finance Minister Ana Ruiz said the budget talks would go on. Ruiz was later seen with Lena Berg. ' +
  'The deal was reportedly close, according to people familiar with the talks.';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
  background.main();
});

describe('page analysis in the background', () => {
  it('answers with the engine’s analysis of the text and the time the engine took', async () => {
    const reply = await analyse({ text: ARTICLE, options: { sensitivity: 'balanced' } });
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.analysis).toEqual(analyze(ARTICLE, { sensitivity: 'balanced' }));
    expect(reply.value.analysis.officials.map((o) => ARTICLE.slice(o.start, o.end))).toEqual([
      'Ana Ruiz',
      'Ruiz',
    ]);
    expect(reply.value.analysis.claims).toHaveLength(1);
    expect(reply.value.engineMs).toBeGreaterThanOrEqual(0);
  });

  it('uses the stored actors and the reader’s choices that come with the text', async () => {
    const knownActors = [{ name: 'Lena Berg', aliases: [], isOfficial: true, title: 'Ambassador' }];
    const reply = await analyse({ text: ARTICLE, options: { knownActors, notOfficials: ['Ana Ruiz'] } });
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.analysis.officials.map((o) => o.name)).toEqual(['Lena Berg']);
    expect(reply.value.analysis.people.map((p) => ARTICLE.slice(p.start, p.end))).toEqual([
      'Ana Ruiz',
      'Ruiz',
      'Lena Berg',
    ]);
  });

  it.each([
    [{ text: 42, options: {} }, 'text must be text.'],
    [{ text: 'x'.repeat(MAX_ANALYSIS_CHARACTERS + 1), options: {} }, 'text is too long.'],
    [
      { text: ARTICLE, options: { sensitivity: 'paranoid' } },
      'options.sensitivity must be strict, balanced or broad.',
    ],
    [
      { text: ARTICLE, options: { knownActors: [{ name: 'A B' }] } },
      'knownActor.isOfficial must be true or false.',
    ],
    [{ text: ARTICLE, options: { knownActors: 'everyone' } }, 'options.knownActors must be a list.'],
    [{ text: ARTICLE, options: { notOfficials: [null] } }, 'options.notOfficials[] must be text.'],
  ])('refuses a forged payload with a clear error (%#)', async (payload, error) => {
    expect(await analyse(payload)).toEqual({ ok: false, error });
    // And keeps answering.
    expect((await analyse({ text: ARTICLE, options: {} })).ok).toBe(true);
  });
});
