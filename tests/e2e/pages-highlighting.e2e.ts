// Highlighting on news-like pages in real Chromium and Firefox: nested markup, tables and
// boilerplate, the hover card, keyboard navigation, the popup's "go to claim", live posts, a storm
// of changes, single-page navigation, the "On this site" switch, and an article DOM left untouched.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser, TestPage } from './support/browser-session';
import { EACH_BROWSER } from './support/each-browser';
import { bothKindsPainted, hasRangeText, noneRegistered } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

/** Texts of a Dossier highlight's ranges (cross-node ranges joined), read in the page's world. */
const rangeTexts = (name: string): string[] =>
  [...(CSS.highlights.get(name) ?? [])].map((range) => {
    const live = document.createRange();
    const r = range as StaticRange;
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  });
/** Scrolls the first range of `name` with text `text` into view and gives its centre in the viewport. */
const centreOf = ([name, text]: [string, string]): { x: number; y: number } | null => {
  for (const range of CSS.highlights.get(name) ?? []) {
    const r = range as StaticRange;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    if (!live.toString().startsWith(text)) continue;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = live.getClientRects()[0]!;
    return { x: rect.left + Math.min(rect.width / 2, 30), y: rect.top + rect.height / 2 };
  }
  return null;
};

const envelope = (verb: string, payload: object = {}) => ({ dossier: 1, verb, payload });

describe.each(EACH_BROWSER)('%s', (name, launch) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let article: TestPage;
  let tabId: number;

  /** Sends a verb to a tab's content script, retrying while the script is still starting. */
  const ask = async <T>(tab: number, verb: string, payload: object = {}): Promise<T> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        return ((await browser.sendToTab(tab, envelope(verb, payload))) as { value: T }).value;
      } catch (error) {
        if (Date.now() > deadline || !String(error).includes('Receiving end does not exist')) throw error;
      }
    }
  };
  /** What the in-page card and live region hold, asked from an extension page. */
  const overlay = (): Promise<{ card: string | null; announcement: string }> => ask(tabId, 'describeOverlay');
  const waitForOverlay = async (
    check: (state: { card: string | null; announcement: string }) => boolean,
  ): Promise<{ card: string | null; announcement: string }> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const state = await overlay();
      if (check(state)) return state;
      if (Date.now() > deadline) throw new Error(`Overlay never matched; last: ${JSON.stringify(state)}`);
    }
  };
  /** Switches Dossier off or on for the fixture server's host, as the popup's "On this site" does. */
  const setSiteEnabled = (enabled: boolean): Promise<void> =>
    browser.evaluateInExtension(
      async ({ on, host }) => {
        type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
        const api = globalThis as unknown as {
          browser?: { storage: { local: Area } };
          chrome?: { storage: { local: Area } };
        };
        const local = (api.browser ?? api.chrome)!.storage.local;
        const settings = ((await local.get('settings')).settings ?? {}) as { disabledSites?: string[] };
        const others = (settings.disabledSites ?? []).filter((site) => site !== host);
        await local.set({ settings: { ...settings, disabledSites: on ? others : [...others, host] } });
      },
      { on: enabled, host: new URL(server.origin).hostname },
    );
  /** The tab id of `page`, asked from the extension page that carries the test's messages. */
  const tabOf = async (page: TestPage): Promise<number> => {
    await browser.evaluateInExtension(() => true); // opens the messenger tab before `page` comes to front
    await page.bringToFront();
    return browser.evaluateInExtension(async () => {
      type Tabs = { query(query: object): Promise<{ id?: number }[]> };
      const api = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
      const [tab] = await (api.browser ?? api.chrome)!.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? -1;
    });
  };
  /**
   * Brings `page`'s highlight into view and moves the pointer onto it from below. The scroll is
   * reported on the page's next frame, and a scroll closes hover cards: the pointer comes once two
   * frames have passed, so that a late scroll event cannot close the card it opens.
   */
  const hoverOn = async (page: TestPage, kind: string, text: string): Promise<void> => {
    await page.bringToFront();
    const point = await page.evaluate(centreOf, [kind, text] as [string, string]);
    if (!point) throw new Error(`No ${kind} highlight "${text}"`);
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    await page.mouseMove(point.x + 40, point.y + 200);
    await page.mouseMove(point.x, point.y);
  };
  const hover = (kind: string, text: string): Promise<void> => hoverOn(article, kind, text);

  beforeAll(async () => {
    server = await serveFixtures('tests/fixtures');
    browser = await launch();
    article = await browser.openPage(`${server.origin}/pages/nested-article.html`);
    tabId = await tabOf(article);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights names split across inline tags and in tables, but not boilerplate, hidden or collapsed text', async () => {
    await article.waitFor(hasRangeText, ['dossier-official', 'Pavel Voronov']);
    const officials = await article.evaluate(rangeTexts, 'dossier-official');
    expect(officials).toContain('Ingrid Solberg-Haug');
    expect(officials).toContain('Voronov');
    expect(officials).not.toContain('Helena Marques');
    expect(await article.evaluate(rangeTexts, 'dossier-claim-anonymous')).toHaveLength(1);
    expect(await article.evaluate(rangeTexts, 'dossier-claim-secondhand')).toHaveLength(1);
    const split = await article.evaluate(() => {
      const range = [...(CSS.highlights.get('dossier-official') ?? [])][0] as StaticRange;
      return [range.startContainer.textContent, range.endContainer.textContent];
    });
    expect(split).toEqual([
      'Ingrid',
      '-Haug arrived in Geneva on Tuesday for a third round of talks on the disputed northern fishing zone.',
    ]);
  });

  it('shows an official’s role and a claim’s reason in the hover card, and closes it with Escape', async () => {
    await hover('dossier-official', 'Pavel Voronov');
    const official = await waitForOverlay((state) => state.card?.includes('Pavel Voronov') ?? false);
    expect(official.card).toContain('Russian Deputy Foreign Minister');
    await hover('dossier-claim', 'Two officials');
    const claim = await waitForOverlay((state) => state.card?.includes('Anonymous source') ?? false);
    expect(claim.card).toContain('condition of anonymity');
    await article.bringToFront();
    await article.press('Escape');
    await waitForOverlay((state) => state.card === null);
  });

  it('shows the start of the reader’s latest note on an official’s card, with "Open card"', async () => {
    const note = `Ask about the quota maps (${Date.now()})`;
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.clickByRole('button', 'Pavel Voronov', false);
    await popup.fillByRole('textbox', 'Note', note);
    await popup.clickByRole('button', 'Save note');
    await popup.waitFor((text) => (document.body.textContent ?? '').includes(text), note);
    await popup.close();
    await article.bringToFront();
    await article.press('Escape');
    await hover('dossier-official', 'Pavel Voronov');
    const state = await waitForOverlay((s) => s.card?.includes(note) ?? false);
    expect(state.card).toContain('Open card');
    await article.press('Escape');
    await waitForOverlay((s) => s.card === null);
  });

  it('moves between highlights with Alt+Shift+N and Alt+Shift+P, pulsing and announcing each', async () => {
    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, 0));
    await article.press('Alt+Shift+KeyN');
    let state = await waitForOverlay((s) => s.announcement.includes('Ingrid Solberg-Haug'));
    expect(state.announcement).toMatch(/^Official, 1 of \d+/);
    await article.waitFor(() => CSS.highlights.has('dossier-focus'));
    await article.bringToFront();
    await article.press('Alt+Shift+KeyN');
    await waitForOverlay((s) => s.announcement.startsWith('Unconfirmed claim, 2 of'));
    await article.bringToFront();
    await article.press('Alt+Shift+KeyN');
    state = await waitForOverlay((s) => s.announcement.includes('Pavel Voronov') && s.card !== null);
    expect(state.card).toContain('Russian Deputy Foreign Minister');
    await article.waitFor(() => window.scrollY > 300);
    await article.bringToFront();
    await article.press('Alt+Shift+KeyP');
    await waitForOverlay((s) => s.announcement.startsWith('Unconfirmed claim, 2 of'));
  });

  it('scrolls to the claim the popup asks for and answers whether it exists', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    expect(await ask(tabId, 'focusClaim', { index: 1 })).toEqual({ found: true });
    const state = await waitForOverlay((s) => s.announcement.startsWith('Unconfirmed claim, 2 of 2'));
    expect(state.announcement).toContain('Second-hand');
    await article.waitFor(() => window.scrollY > 300 && CSS.highlights.has('dossier-focus'));
    expect(await ask(tabId, 'focusClaim', { index: 9 })).toEqual({ found: false });
  });

  it('highlights posts a live page appends, resolving surnames from earlier posts, and survives a storm', async () => {
    const live = await browser.openPage(`${server.origin}/pages/live-blog.html`);
    await live.waitFor(hasRangeText, ['dossier-official', 'Helena Marques']);
    await live.evaluate(() =>
      (window as unknown as { addPost(text: string): void }).addPost(
        'Spanish Foreign Minister Ana Ruiz called Marques on Tuesday. People familiar with the call said the two leaders discussed the inquiry.',
      ),
    );
    await live.waitFor(hasRangeText, ['dossier-official', 'Ana Ruiz']);
    await live.waitFor(hasRangeText, ['dossier-official', 'Marques']);
    await live.waitFor(() => (CSS.highlights.get('dossier-claim')?.size ?? 0) > 0);
    await live.evaluate(() => (window as unknown as { addStorm(count: number): void }).addStorm(1_500));
    await live.evaluate(() =>
      (window as unknown as { addPost(text: string): void }).addPost(
        'Italian Defence Minister Paolo Ferri said the navy would not take part.',
      ),
    );
    await live.waitFor(hasRangeText, ['dossier-official', 'Paolo Ferri']);
    expect(await live.evaluate(rangeTexts, 'dossier-official')).toEqual(
      expect.arrayContaining(['Helena Marques', 'Ana Ruiz', 'Marques', 'Paolo Ferri']),
    );
    await live.close();
  });

  it('follows single-page navigation: the new story’s officials replace the old ones', async () => {
    const spa = await browser.openPage(`${server.origin}/pages/spa.html`);
    await spa.waitFor(hasRangeText, ['dossier-official', 'Helena Marques']);
    await spa.evaluate(() => (window as unknown as { navigateTo(name: string): void }).navigateTo('two'));
    await spa.waitFor(hasRangeText, ['dossier-official', 'Rafael Teixeira']);
    await spa.waitFor(() => (CSS.highlights.get('dossier-claim')?.size ?? 0) > 0);
    const spaTab = await tabOf(spa);
    const findings = await ask<{ url: string; officials: { name: string }[] }>(spaTab, 'getPageFindings');
    expect(findings.url).toContain('?story=two');
    expect(findings.officials.map((official) => official.name)).toEqual(['Rafael Teixeira']);
    await spa.close();
  });

  it('does nothing on a site switched off ("On this site"), and comes back when switched on', async () => {
    await setSiteEnabled(false);
    try {
      await article.waitFor(noneRegistered);
      const again = await browser.openPage(`${server.origin}/pages/live-blog.html`);
      const againTab = await tabOf(again);
      expect((await ask<{ analysed: boolean }>(againTab, 'getPageFindings')).analysed).toBe(false);
      await again.evaluate(() =>
        (window as unknown as { addPost(text: string): void }).addPost(
          'Spanish Foreign Minister Ana Ruiz spoke.',
        ),
      );
      expect(await again.evaluate(noneRegistered)).toBe(true);
      await setSiteEnabled(true);
      await article.waitFor(bothKindsPainted);
      await again.waitFor(hasRangeText, ['dossier-official', 'Ana Ruiz']);
      await again.close();
    } finally {
      await setSiteEnabled(true);
    }
  });

  it('leaves every article node untouched while highlighting, hovering and navigating', async () => {
    const watched = await browser.openPage(`${server.origin}/pages/watched-article.html`);
    await watched.waitFor(bothKindsPainted);
    const point = await watched.evaluate(centreOf, ['dossier-official', 'Helena Marques'] as [
      string,
      string,
    ]);
    await watched.mouseMove(point!.x, point!.y);
    await watched.press('Alt+Shift+KeyN');
    await watched.waitFor(() => CSS.highlights.has('dossier-focus'));
    await watched.waitFor(() => document.querySelector('dossier-overlay') !== null);
    const log = await watched.evaluate(
      () => (window as unknown as { __mutationLog: string[] }).__mutationLog,
    );
    // The one change allowed: Dossier's own host element, added once to <html>, outside the article.
    expect(log).toEqual(['childList HTML  +1 -0']);
    await watched.close();
  });

  it('reads on a dark page, hover card included (screenshot for a look by eye)', async () => {
    // The demo article in its dark colours (a style the page itself switches on).
    const dark = await browser.openPage(`${server.origin}/demo/article.html?theme=dark`);
    await dark.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await dark.waitFor(bothKindsPainted);
    const darkTab = await tabOf(dark);
    await hoverOn(dark, 'dossier-claim', 'According to reports');
    const deadline = Date.now() + 10_000;
    while (!(await ask<{ card: string | null }>(darkTab, 'describeOverlay')).card?.includes('Second-hand')) {
      if (Date.now() > deadline) throw new Error('The hover card never showed on the dark page');
    }
    await dark.bringToFront();
    await dark.screenshot(join(tmpdir(), `dossier-dark-${name}.png`));
    await dark.close();
  });
});
