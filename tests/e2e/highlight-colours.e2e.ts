// The reader's highlight colours in real Chromium and Firefox: a colour chosen in the options page
// repaints the open article's official highlights at once, through an adopted style sheet, without
// adding any element to the page; on a site where Dossier is off, nothing is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_PALETTE } from '../../lib/settings/highlight-palette';
import type { TestBrowser, TestPage } from './support/browser-session';
import { EACH_BROWSER } from './support/each-browser';
import { officialsPainted } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

/** The CSS text of the page's adopted style sheets that style Dossier's official highlights. */
const dossierSheetText = (): string =>
  document.adoptedStyleSheets
    .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
    .filter((text) => text.includes('::highlight(dossier-official)'))
    .join('\n');

/** The background the page paints an official highlight with (computed for the pseudo-element). */
const officialBackground = (): string => {
  const element = document.querySelector('article p') ?? document.body;
  return getComputedStyle(element, '::highlight(dossier-official)').backgroundColor;
};

const noDossierSheet = (): boolean =>
  !document.adoptedStyleSheets.some((sheet) =>
    [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(dossier-')),
  );

const elementCount = (): number => document.getElementsByTagName('*').length;

/** Normalised like computed styles: "rgb(34 197 94 / 0.2)" -> "rgba(34, 197, 94, 0.2)". */
function computedForm(colour: string): string {
  const [r, g, b, a] = colour.match(/[\d.]+/g) ?? [];
  return a === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`;
}

describe.each(EACH_BROWSER)('%s', (_name, launch) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let article: TestPage;

  beforeAll(async () => {
    server = await serveFixtures('tests/fixtures');
    browser = await launch();
    article = await browser.openPage(`${server.origin}/demo/article.html`);
    await article.waitFor(officialsPainted);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('repaints official highlights in the colour chosen in the options page, adding no element', async () => {
    const elementsBefore = await article.evaluate(elementCount);
    expect(await article.evaluate(officialBackground)).toBe(computedForm(HIGHLIGHT_PALETTE.blue.light.tint));
    const options = await browser.openExtensionPage('options.html');
    await options.chooseOption('Official highlight colour', 'Green');
    await article.waitFor(
      (wanted: string) =>
        getComputedStyle(
          document.querySelector('article p') ?? document.body,
          '::highlight(dossier-official)',
        ).backgroundColor === wanted,
      computedForm(HIGHLIGHT_PALETTE.green.light.tint),
    );
    // Claims keep their own colour; the colours come from one adopted sheet with dark variants.
    const claimBackground = await article.evaluate(
      () =>
        getComputedStyle(document.querySelector('article p') ?? document.body, '::highlight(dossier-claim)')
          .backgroundColor,
    );
    expect(claimBackground).toBe(computedForm(HIGHLIGHT_PALETTE.amber.light.tint));
    const sheet = await article.evaluate(dossierSheetText);
    expect(sheet).toContain('::highlight(dossier-claim)');
    expect(sheet).toContain('prefers-color-scheme: dark');
    // Only colours change: the underline styles of highlights.css (solid, wavy) stay.
    expect(sheet).not.toMatch(/solid|wavy/);
    expect(await article.evaluate(elementCount)).toBe(elementsBefore);
    await options.close();
  });

  it('adds nothing to a page on a site where Dossier is off, and takes its colours back', async () => {
    await browser.evaluateInExtension(async () => {
      type Storage = {
        storage: {
          local: {
            get(key: string): Promise<Record<string, { disabledSites?: string[] }>>;
            set(items: object): Promise<void>;
          };
        };
      };
      const api = ((globalThis as unknown as { browser?: Storage }).browser ??
        (globalThis as unknown as { chrome: Storage }).chrome) as Storage;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...settings, disabledSites: ['127.0.0.1'] } });
    });
    await article.waitFor(noDossierSheet);

    // A page opened while the site is off: once Dossier has read its settings, it has added nothing.
    const elsewhere = await browser.openPage(`${server.origin}/demo/article.html`);
    await elsewhere.waitFor(() => performance.getEntriesByName('dossier:settings-loaded').length > 0);
    expect(await elsewhere.evaluate(noDossierSheet)).toBe(true);
    await elsewhere.close();
  });
});
