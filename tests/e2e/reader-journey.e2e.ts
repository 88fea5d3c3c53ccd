// The foundation journey in real Chromium and Firefox: highlights on the demo article, the popup's
// lists, a card's note that survives reopening, and the "Highlights" switch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser, TestPage } from './support/browser-session';
import { EACH_BROWSER } from './support/each-browser';
import { bodyHasText, bothKindsPainted, noneRegistered } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

/** Number of ranges in a Dossier highlight, read from the page's own world. */
const rangeCount = (name: string): number => CSS.highlights.get(name)?.size ?? 0;

describe.each(EACH_BROWSER)('%s', (_name, launch) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let article: TestPage;
  let articleUrl: string;
  let tabId: number;

  beforeAll(async () => {
    server = await serveFixtures('tests/fixtures');
    browser = await launch();
    articleUrl = `${server.origin}/demo/article.html`;
    article = await browser.openPage(articleUrl);
    tabId = await browser.tabIdOf(article);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights officials and claims on the demo article through the CSS highlight registry', async () => {
    await article.waitFor(bothKindsPainted);
    expect(await article.evaluate(rangeCount, 'dossier-official')).toBeGreaterThanOrEqual(5);
    expect(await article.evaluate(rangeCount, 'dossier-claim')).toBeGreaterThanOrEqual(3);
    const highlighted = await article.evaluate(() =>
      [...(CSS.highlights.get('dossier-official') ?? [])].map((range) => {
        const r = range as StaticRange;
        return r.startContainer === r.endContainer
          ? (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset)
          : '(spans nodes)';
      }),
    );
    expect(highlighted).toContain('Ingrid Solberg-Haug');
    expect(highlighted).toContain('Voronov');
  });

  it('changes nothing in the article’s DOM, even when highlights are switched off and on', async () => {
    const watched = await browser.openPage(`${server.origin}/pages/watched-article.html`);
    await watched.waitFor(bothKindsPainted);
    const watchedTab = await browser.tabIdOf(watched);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${watchedTab}`);
    await popup.clickByRole('switch', 'Highlights');
    await watched.waitFor(noneRegistered);
    await popup.clickByRole('switch', 'Highlights');
    await watched.waitFor(bothKindsPainted);
    const log = await watched.evaluate(
      () => (window as unknown as { __mutationLog: string[] }).__mutationLog,
    );
    expect(log).toEqual([]);
    await popup.close();
    await watched.close();
  });

  it('lists the page’s officials with their roles, and its claims, in the popup', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(bodyHasText, 'Ingrid Solberg-Haug');
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    for (const expected of [
      'Pavel Voronov',
      'Daniel Whitcomb',
      'Norwegian Foreign Minister',
      'Unconfirmed claims',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/Officials[\s\S]*Tomas Lindqvist[\s\S]*Unconfirmed claims/);
    await popup.close();
  });

  it('keeps a note saved in a card after the popup is closed and opened again', async () => {
    const note = `Check the quota figures (${Date.now()})`;
    const first = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await first.clickByRole('button', 'Pavel Voronov', false);
    await first.fillByRole('textbox', 'Note', note);
    await first.clickByRole('button', 'Save note');
    await first.waitFor(bodyHasText, note);
    await first.close();

    const second = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await second.clickByRole('button', 'Pavel Voronov', false);
    await second.waitFor(bodyHasText, note);
    expect(await second.evaluate(() => document.body.textContent ?? '')).toContain(
      'Russian Deputy Foreign Minister',
    );
    await second.close();
  });

  it('empties and refills the highlight registry with the "Highlights" switch, and remembers the choice', async () => {
    await article.waitFor(bothKindsPainted);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.clickByRole('switch', 'Highlights');
    await article.waitFor(noneRegistered);
    await popup.close();

    const reopened = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await reopened.waitFor(
      () => (document.querySelector('[role="switch"]') as HTMLInputElement | null)?.checked === false,
    );
    await reopened.clickByRole('switch', 'Highlights');
    await article.waitFor(bothKindsPainted);
    await reopened.close();
  });
});
