// Online look-up in real Chromium and Firefox. The extension fetches the real https addresses of
// Wikidata and Wikipedia; the test browser sends them through a local proxy that answers like
// their APIs (tests/e2e/support/fake-wikimedia.ts), so nothing reaches the internet.
// Firefox grants the optional host permissions without a prompt (a test-profile preference), so
// the whole journey runs there. Headless Chromium shows its permission prompt where no test can
// answer it: there the test checks everything up to the request, and that nothing is sent meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser, TestPage } from './support/browser-session';
import { launchChromium } from './support/chromium-session';
import { startFakeWikimedia } from './support/fake-wikimedia';
import { launchFirefox } from './support/firefox-session';
import type { InterceptingProxy } from './support/intercepting-proxy';
import { bodyHasText, officialsPainted } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

const ENTRY = {
  name: 'Pavel Voronov',
  id: 'Q98765432',
  description: 'fictional diplomat in the Dossier demo article',
  positions: [
    ['Deputy Foreign Minister of Russia', '+2020-02-03T00:00:00Z', undefined],
    ['Ambassador to Norway', '+2014-05-01T00:00:00Z', '+2019-12-31T00:00:00Z'],
  ] as [string, string, string | undefined][],
  articleTitle: 'Pavel Voronov (diplomat)',
  extract: 'Pavel Voronov is a diplomat who appears in the made-up story Dossier is demonstrated on.',
};

/** Opens the options page on Pavel Voronov's card. */
async function openCard(browser: TestBrowser): Promise<TestPage> {
  const options = await browser.openExtensionPage('options.html');
  await options.fillByRole('searchbox', 'Search actors and notes', 'voronov');
  await options.clickByRole('button', 'Pavel Voronov', false);
  await options.waitFor(bodyHasText, 'Seen on');
  return options;
}

const hasLookUpButton = (): boolean =>
  [...document.querySelectorAll('button')].some((button) => button.textContent === 'Look up online');

/** The card says when and from where it was looked up (today, in UTC, as the card shows it). */
const showsLookupSource = (): boolean =>
  /Looked up on \d{4}-\d{2}-\d{2} from Wikidata and Wikipedia/.test(document.body.textContent ?? '');

describe.each(['chromium', 'firefox'] as const)('%s', (name) => {
  let server: FixtureServer;
  let proxy: InterceptingProxy;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await serveFixtures('tests/fixtures');
    proxy = await startFakeWikimedia(ENTRY);
    browser =
      name === 'chromium'
        ? await launchChromium({
            extraArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--ignore-certificate-errors'],
          })
        : await launchFirefox({
            acceptInsecureCerts: true,
            extraPrefs: {
              'extensions.webextOptionalPermissionPrompts': false,
              'network.proxy.type': 1,
              'network.proxy.ssl': '127.0.0.1',
              'network.proxy.ssl_port': proxy.port,
              'network.stricttransportsecurity.preloadlist': false,
            },
          });
    // Reading the demo article makes Pavel Voronov's card.
    const article = await browser.openPage(`${server.origin}/demo/article.html`);
    await article.waitFor(officialsPainted);
    await article.close();
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it('offers no look-up until the reader switches it on in the options page', async () => {
    const card = await openCard(browser);
    expect(await card.evaluate(hasLookUpButton)).toBe(false);
    await card.clickByRole('button', 'Back to all actors', false);
    await card.waitFor(bodyHasText, 'the actor’s name is sent to wikidata.org and wikipedia.org');
    await card.clickByRole('switch', 'Online look-up');
    await card.close();

    const reopened = await openCard(browser);
    await reopened.waitFor(hasLookUpButton);
    await reopened.close();
    expect(proxy.requests).toEqual([]);
  });

  if (name === 'firefox') {
    it('looks the actor up, shows description, positions, source and date, and keeps them', async () => {
      const card = await openCard(browser);
      await card.waitFor(hasLookUpButton);
      await card.clickByRole('button', 'Look up online');
      await card.waitFor(showsLookupSource);
      await card.waitFor(bodyHasText, 'Found Pavel Voronov on Wikidata: added a description, 2 positions');
      await card.waitFor(bodyHasText, ENTRY.description);
      await card.waitFor(bodyHasText, 'Deputy Foreign Minister of Russia (since 2020-02-03)');
      await card.waitFor(bodyHasText, 'Ambassador to Norway (2014-05-01 to 2019-12-31)');
      await card.waitFor(bodyHasText, ENTRY.extract);
      expect(
        await card.evaluate(() =>
          [...document.querySelectorAll('.links a')].map((link) => link.getAttribute('href')),
        ),
      ).toEqual([
        'https://en.wikipedia.org/wiki/Pavel_Voronov_(diplomat)',
        'https://www.wikidata.org/wiki/Q98765432',
      ]);
      await card.close();

      // Only the two services were asked, over https, as anonymous CORS requests.
      expect(proxy.requests.map((url) => new URL(url).host)).toEqual([
        'www.wikidata.org',
        'www.wikidata.org',
        'www.wikidata.org',
        'en.wikipedia.org',
      ]);
      expect(proxy.requests[0]).toContain('action=wbsearchentities&search=Pavel+Voronov');
      // Firefox's data consent: sending the looked-up name was asked for together with the hosts.
      const granted = await browser.evaluateInExtension(async () => {
        type Permissions = { permissions: { getAll(): Promise<{ data_collection?: string[] }> } };
        const api = (globalThis as unknown as { browser: Permissions }).browser;
        return (await api.permissions.getAll()).data_collection ?? [];
      });
      expect(granted).toContain('searchTerms');

      const reopened = await openCard(browser);
      await reopened.waitFor(showsLookupSource);
      await reopened.waitFor(bodyHasText, 'Ambassador to Norway (2014-05-01 to 2019-12-31)');
      await reopened.waitFor(bodyHasText, ENTRY.extract);
      await reopened.close();
    });
  } else {
    it('asks for the host permissions on the click, and sends nothing while they are not granted', async () => {
      const card = await openCard(browser);
      await card.waitFor(hasLookUpButton);
      await card.clickByRole('button', 'Look up online');
      await card.waitFor(bodyHasText, 'Looking up Pavel Voronov on Wikidata and Wikipedia…');
      // The browser's prompt is open (headless: unseen, unanswerable); the card is as it was.
      const granted = await card.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
          }
        ).chrome.permissions.contains({ origins: ['https://www.wikidata.org/*'] }),
      );
      expect(granted).toBe(false);
      expect(await card.evaluate(showsLookupSource)).toBe(false);
      expect(proxy.requests).toEqual([]);
      await card.close();
    });
  }
});
