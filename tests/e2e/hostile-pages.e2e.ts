// Hostile and heavy pages in real Chromium and Firefox: a page that breaks built-ins, a 200,000-node
// DOM, shadow roots, iframes and an editor. Dossier highlights what it can, breaks nothing, and
// never touches the editor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from './support/browser-session';
import { EACH_BROWSER } from './support/each-browser';
import { officialsPainted } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

/**
 * The highlighted official names, joined by "|". Read without Array methods and returned as one
 * string, because this page breaks Array.prototype (which the test driver's own serialiser uses).
 */
const officialTexts = (): string => {
  let joined = '';
  for (const range of CSS.highlights.get('dossier-official') ?? []) {
    const r = range as StaticRange;
    const text =
      r.startContainer === r.endContainer
        ? (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset)
        : '';
    joined += `|${text}`;
  }
  return `${joined}|`;
};

describe.each(EACH_BROWSER)('%s', (_name, launch) => {
  let server: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await serveFixtures('tests/fixtures');
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('works on a page that breaks Array, Node and JSON, and leaves its editor alone', async () => {
    const page = await browser.openPage(`${server.origin}/pages/hostile-page.html`);
    await page.waitFor(() => (CSS.highlights.get('dossier-claim')?.size ?? 0) > 0);
    await page.waitFor(() => (CSS.highlights.get('dossier-official')?.size ?? 0) >= 3);
    const names = await page.evaluate(officialTexts);
    expect(names).toContain('|Tomas Aravena|');
    expect(names).toContain('|Lucia Ferrada|');
    // Nothing inside the editor is highlighted, and the page saw no error from Dossier.
    const inEditor = await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      for (const name of ['dossier-official', 'dossier-claim']) {
        for (const range of CSS.highlights.get(name) ?? []) {
          if (editor.contains((range as StaticRange).startContainer)) return true;
        }
      }
      return false;
    });
    expect(inEditor).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual(
      [],
    );
    await page.close();
  });

  it('causes no hydration mismatch on a server-rendered page a framework hydrates', async () => {
    const page = await browser.openPage(`${server.origin}/pages/hydrated-article.html`);
    await page.waitFor(officialsPainted);
    await page.waitFor(() => (window as unknown as { __hydration: string }).__hydration !== 'pending');
    expect(await page.evaluate(() => (window as unknown as { __hydration: string }).__hydration)).toBe('ok');
    await page.close();
  });

  it('highlights a page of 200,000 elements without breaking it', async () => {
    const page = await browser.openPage(`${server.origin}/pages/huge-dom.html`);
    expect(
      await page.evaluate(() => (window as unknown as { __nodeCount: number }).__nodeCount),
    ).toBeGreaterThan(200_000);
    await page.waitFor(officialsPainted, undefined, 30_000);
    expect(await page.evaluate(officialTexts)).toContain('|Anna Richter|');
    // The page still answers its own scripts.
    expect(await page.evaluate(() => document.querySelectorAll('#filler > div').length)).toBe(40_000);
    await page.close();
  });
});
