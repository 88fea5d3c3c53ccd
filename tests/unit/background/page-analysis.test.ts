// The engine as the background serves it to content scripts over the engine port: the answers a
// page gets, what a forged request gets, and what happens when the background goes away.
import { describe, expect, it } from 'vitest';
import { EngineConnection } from '../../../entrypoints/content/engine-connection';
import { serveEnginePort } from '../../../lib/background/engine-port';
import { MAX_ANALYSIS_CHARACTERS } from '../../../lib/background/page-analysis';
import { analyze } from '../../../lib/detect';
import { ENGINE_PORT } from '../../../lib/messaging';
import { EXTENSION, linkedPorts, servedEngine } from './linked-ports';

/** Sends `request` as is on a served port and returns the answer. */
async function answerTo(request: unknown): Promise<unknown> {
  const { client, server } = linkedPorts(ENGINE_PORT, EXTENSION.id);
  serveEnginePort(server, EXTENSION);
  const answer = new Promise((resolve) => client.onMessage.addListener(resolve));
  client.postMessage(request);
  return answer;
}

const ARTICLE =
  'Finance Minister Ana Ruiz said the budget talks would go on. Ruiz was later seen with Lena Berg. ' +
  'The deal was reportedly close, according to people familiar with the talks.';

describe('page analysis in the background', () => {
  it('answers with the engine’s analysis of the text and the time the engine took', async () => {
    const { engine } = servedEngine();
    const { analysis, engineMs } = await engine.analyse(ARTICLE, { sensitivity: 'balanced' });
    expect(analysis).toEqual(analyze(ARTICLE, { sensitivity: 'balanced' }));
    expect(analysis.officials.map((o) => ARTICLE.slice(o.start, o.end))).toEqual(['Ana Ruiz', 'Ruiz']);
    expect(analysis.claims).toHaveLength(1);
    expect(engineMs).toBeGreaterThanOrEqual(0);
  });

  it('uses the stored actors and the reader’s choices that come with the text', async () => {
    const { engine } = servedEngine();
    const knownActors = [{ name: 'Lena Berg', aliases: [], isOfficial: true, title: 'Ambassador' }];
    const { analysis } = await engine.analyse(ARTICLE, { knownActors, notOfficials: ['Ana Ruiz'] });
    expect(analysis.officials.map((o) => o.name)).toEqual(['Lena Berg']);
    expect(analysis.people.map((p) => ARTICLE.slice(p.start, p.end))).toEqual([
      'Ana Ruiz',
      'Ruiz',
      'Lena Berg',
    ]);
  });

  it('answers requests sent together one by one, each with its own analysis', async () => {
    const { engine, ports } = servedEngine();
    const texts = ['President Tomas Brandt spoke.', 'No names here.', ARTICLE];
    const answers = await Promise.all(texts.map((text) => engine.analyse(text, {})));
    expect(answers.map((answer) => answer.analysis)).toEqual(texts.map((text) => analyze(text)));
    expect(ports).toHaveLength(1);
  });

  it.each([
    [{ id: 1, text: 42, options: {} }, 'text must be text.'],
    [{ id: 2, text: 'x'.repeat(MAX_ANALYSIS_CHARACTERS + 1), options: {} }, 'text is too long.'],
    [
      { id: 3, text: ARTICLE, options: { sensitivity: 'paranoid' } },
      'options.sensitivity must be strict, balanced or broad.',
    ],
    [
      { id: 4, text: ARTICLE, options: { knownActors: [{ name: 'A B' }] } },
      'knownActor.isOfficial must be true or false.',
    ],
    [{ id: 5, text: ARTICLE, options: { knownActors: 'everyone' } }, 'options.knownActors must be a list.'],
    [{ id: 6, text: ARTICLE, options: { notOfficials: [null] } }, 'options.notOfficials[] must be text.'],
  ])('answers a forged request with a clear error (%#)', async (request, error) => {
    expect(await answerTo(request)).toEqual({ id: request.id, ok: false, error });
  });

  it('rejects the request the background refused, and keeps answering on the same port', async () => {
    const { engine } = servedEngine();
    await expect(engine.analyse('x'.repeat(MAX_ANALYSIS_CHARACTERS + 1), {})).rejects.toThrow(
      'text is too long.',
    );
    expect((await engine.analyse(ARTICLE, {})).analysis.officials).toHaveLength(2);
  });

  it('closes a port another extension opens, and leaves ports of other names alone', () => {
    const stranger = linkedPorts(ENGINE_PORT, 'another-extension');
    serveEnginePort(stranger.server, EXTENSION);
    expect(() => stranger.client.postMessage({ id: 1, text: ARTICLE, options: {} })).toThrow();
    const other = linkedPorts('some-other-port', EXTENSION.id);
    serveEnginePort(other.server, EXTENSION);
    expect(() => other.client.postMessage({ id: 1 })).not.toThrow();
  });

  it('sends again over a new port what a stopped background left unanswered', async () => {
    const { engine, ports } = servedEngine();
    const answer = engine.analyse(ARTICLE, {});
    // Chrome stops the service worker before it reads the request.
    ports[0]?.disconnect();
    expect((await answer).analysis.officials).toHaveLength(2);
    expect(ports).toHaveLength(2);
  });

  it('fails a request the background lost twice, and one still waiting when the page closes', async () => {
    const engine = new EngineConnection((name) => {
      const { client, server } = linkedPorts(name, EXTENSION.id);
      // A background that never answers, and goes away.
      setTimeout(() => server.disconnect(), 0);
      return client;
    });
    await expect(engine.analyse(ARTICLE, {})).rejects.toThrow('The Dossier background did not answer.');

    const { engine: closing } = servedEngine();
    const waiting = closing.analyse(ARTICLE, {});
    closing.close();
    await expect(waiting).rejects.toThrow('Dossier stopped on this page.');
  });

  it('fails at once when the extension can no longer be reached', async () => {
    const engine = new EngineConnection(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(engine.open()).toBe(false);
    await expect(engine.analyse(ARTICLE, {})).rejects.toThrow('cannot be reached');
  });
});
