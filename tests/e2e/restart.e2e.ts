// Notes, switches and site choices survive a browser restart, in Chromium (which keeps its profile
// between launches) and in Firefox (with Dossier installed as a normal add-on in a kept profile: a
// temporary add-on is removed with its data when Firefox closes).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from './support/browser-session';
import { launchChromium } from './support/chromium-session';
import { installPermanently, launchFirefox } from './support/firefox-session';
import { bodyHasText, officialsPainted } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

const BROWSERS: [
  string,
  (profileDir: string) => Promise<void>,
  (profileDir: string) => Promise<TestBrowser>,
][] = [
  ['chromium', async () => {}, (profileDir) => launchChromium({ profileDir })],
  ['firefox', installPermanently, (profileDir) => launchFirefox({ profileDir })],
];

describe.each(BROWSERS)('%s', (_name, prepareProfile, launch) => {
  let server: FixtureServer;
  let profileDir: string;

  beforeAll(async () => {
    server = await serveFixtures('tests/fixtures');
    profileDir = await mkdtemp(join(tmpdir(), 'dossier-restart-'));
    await prepareProfile(profileDir);
  });

  afterAll(async () => {
    await server?.close();
    await rm(profileDir, { recursive: true, force: true });
  });

  it('keeps a saved note, a switch and a site switched off across a restart', async () => {
    const url = `${server.origin}/demo/article.html`;
    // The same server under another hostname is another site.
    const otherSiteUrl = url.replace('127.0.0.1', 'localhost');
    const note = 'Written before the restart';

    const before = await launch(profileDir);
    const article = await before.openPage(url);
    await article.waitFor(officialsPainted);
    const popup = await before.openExtensionPage(`popup.html?tabId=${await before.tabIdOf(article)}`);
    await popup.clickByRole('switch', 'Officials');
    await popup.clickByRole('button', 'Daniel Whitcomb', false);
    await popup.fillByRole('textbox', 'Note', note);
    await popup.clickByRole('button', 'Save note');
    await popup.waitFor(bodyHasText, note);
    const otherSite = await before.openPage(otherSiteUrl);
    const otherPopup = await before.openExtensionPage(`popup.html?tabId=${await before.tabIdOf(otherSite)}`);
    await otherPopup.clickByRole('switch', 'On this site');
    await otherSite.waitFor(() => !CSS.highlights.has('dossier-claim'));
    await before.close();

    const after = await launch(profileDir);
    const reopened = await after.openPage(url);
    await reopened.waitFor(() => (CSS.highlights.get('dossier-claim')?.size ?? 0) > 0);
    expect(await reopened.evaluate(() => CSS.highlights.has('dossier-official'))).toBe(false);
    const card = await after.openExtensionPage(`popup.html?tabId=${await after.tabIdOf(reopened)}`);
    await card.clickByRole('button', 'Daniel Whitcomb', false);
    await card.waitFor(bodyHasText, note);
    const offSite = await after.openPage(otherSiteUrl);
    const offPopup = await after.openExtensionPage(`popup.html?tabId=${await after.tabIdOf(offSite)}`);
    await offPopup.waitFor(bodyHasText, 'Dossier is off on localhost.');
    expect(await offSite.evaluate(() => CSS.highlights.has('dossier-claim'))).toBe(false);
    await after.close();
  });
});
