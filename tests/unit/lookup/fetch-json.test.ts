import { describe, expect, it } from 'vitest';
import { type FetchFunction, fetchJson, HttpStatusError } from '../../../lib/lookup/fetch-json';
import { LookupError } from '../../../lib/lookup/lookup-error';
import { json } from './wikimedia-answers';

const request = (fetch: FetchFunction, limits: { timeoutMs?: number; maxBytes?: number } = {}) => ({
  service: 'Wikidata',
  fetch,
  timeoutMs: limits.timeoutMs ?? 1000,
  maxBytes: limits.maxBytes ?? 1024,
});

/** A fetch that never answers until its signal aborts, as a server that hangs. */
const hanging: FetchFunction = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

describe('fetchJson', () => {
  it('returns parsed JSON, asking without cookies or referrer', async () => {
    let seen: RequestInit | undefined;
    const value = await fetchJson(
      'https://example.test/a',
      request(async (_url, init) => {
        seen = init;
        return json({ ok: true });
      }),
    );
    expect(value).toEqual({ ok: true });
    expect(seen).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('gives up after the time limit with a clear message', async () => {
    await expect(fetchJson('https://example.test/slow', request(hanging, { timeoutMs: 30 }))).rejects.toThrow(
      'Wikidata did not answer within 0.03 seconds.',
    );
  });

  it('gives up on a body that never finishes', async () => {
    const stalled: FetchFunction = async (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a":'));
          init.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body, { status: 200 });
    };
    await expect(
      fetchJson('https://example.test/stall', request(stalled, { timeoutMs: 30 })),
    ).rejects.toThrow(/did not finish answering/);
  });

  it('refuses oversized answers, by declared length or by what arrives', async () => {
    const declared: FetchFunction = async () =>
      new Response('{}', { headers: { 'content-length': String(10 * 1024 * 1024) } });
    await expect(fetchJson('https://example.test/big', request(declared))).rejects.toThrow(/more than 1 KB/);
    const streamed: FetchFunction = async () => new Response(JSON.stringify({ text: 'x'.repeat(5000) }));
    await expect(fetchJson('https://example.test/big', request(streamed))).rejects.toThrow(/more than 1 KB/);
  });

  it('names non-JSON answers, HTTP errors and unreachable servers', async () => {
    const html: FetchFunction = async () => new Response('<html><script>alert(1)</script></html>');
    await expect(fetchJson('https://example.test/html', request(html))).rejects.toThrow(/not JSON/);
    const missing: FetchFunction = async () => json({}, 404);
    const failure = await fetchJson('https://example.test/404', request(missing)).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(HttpStatusError);
    expect((failure as HttpStatusError).status).toBe(404);
    const offline: FetchFunction = async () => {
      throw new TypeError('NetworkError');
    };
    await expect(fetchJson('https://example.test/x', request(offline))).rejects.toThrow(LookupError);
    await expect(fetchJson('https://example.test/x', request(offline))).rejects.toThrow(
      /could not be reached/,
    );
  });
});
