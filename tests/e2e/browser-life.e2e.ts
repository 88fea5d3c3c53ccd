// Browser life in Chromium: the MV3 service worker is stopped mid-session (Chrome does this after
// 30 s idle, losing every global, the analysis engine and its ports among them), and Dossier goes on
// working: pages still get their highlights and record their officials, a page left open highlights
// what it adds later, and the popup still opens cards and saves notes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestBrowser } from './support/browser-session';
import { launchChromium } from './support/chromium-session';
import { bodyHasText, hasRangeText, officialsPainted } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

let server: FixtureServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await serveFixtures('tests/fixtures');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('chromium: keeps working after the service worker is stopped mid-session', async () => {
  const demo = await browser.openPage(`${server.origin}/demo/article.html`);
  await demo.waitFor(officialsPainted);

  await browser.stopBackground!();

  // A new page wakes the worker with its report; the card must be stored all the same.
  const other = await browser.openPage(`${server.origin}/pages/watched-article.html`);
  await other.waitFor(officialsPainted);
  const options = await browser.openExtensionPage('options.html');
  await options.fillByRole('searchbox', 'Search actors and notes', 'marques');
  await options.waitFor(bodyHasText, 'Helena Marques');

  await browser.stopBackground!();

  const popup = await browser.openExtensionPage(`popup.html?tabId=${await browser.tabIdOf(demo)}`);
  await popup.clickByRole('button', 'Erik Brandt', false);
  await popup.fillByRole('textbox', 'Note', 'Saved while the worker slept');
  await popup.clickByRole('button', 'Save note');
  await popup.waitFor(bodyHasText, 'Saved while the worker slept');
  expect(await popup.evaluate(() => document.querySelectorAll('.note').length)).toBe(1);
});

it('chromium: a page open while the service worker stopped highlights a post it adds afterwards', async () => {
  const live = await browser.openPage(`${server.origin}/pages/live-blog.html`);
  await live.waitFor(officialsPainted);
  // The worker goes, and with it the engine and the other end of this page's engine port.
  await browser.stopBackground!();
  await live.evaluate(() =>
    (window as unknown as { addPost(text: string): void }).addPost(
      'Chilean Interior Minister Rosa Vidal said the inquiry would report in May.',
    ),
  );
  await live.waitFor(hasRangeText, ['dossier-official', 'Rosa Vidal'] as [string, string]);
  await live.close();
});

it('chromium: after the extension reloads, the old content script removes its highlights without an error', async () => {
  const page = await browser.openPage(`${server.origin}/pages/watched-article.html`);
  await page.waitFor(officialsPainted);
  await page.evaluate(() => {
    const errors: string[] = [];
    (window as unknown as { __errors: string[] }).__errors = errors;
    window.addEventListener('error', (event) => errors.push(String(event.message)));
  });
  // The extension page that asks for the reload goes away with it.
  await browser
    .evaluateInExtension(() => {
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
    })
    .catch(() => {});
  // The reader comes back to the tab: the old script notices its dead context and cleans up.
  await page.waitFor(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    return !CSS.highlights.has('dossier-official') && !CSS.highlights.has('dossier-claim');
  });
  expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __mutationLog: string[] }).__mutationLog)).toEqual(
    [],
  );
});
