// Firefox keeps the reader's notes, switches and site choices across a restart, with Dossier
// installed as a normal add-on in a kept profile (as a reader has it), not as a temporary one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installPermanently, launchFirefox } from './support/firefox-session';
import { bodyHasText, officialsPainted } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

let server: FixtureServer;
let profileDir: string;

beforeAll(async () => {
  server = await serveFixtures('tests/fixtures');
  profileDir = await mkdtemp(join(tmpdir(), 'dossier-firefox-restart-'));
  await installPermanently(profileDir);
});

afterAll(async () => {
  await server?.close();
  await rm(profileDir, { recursive: true, force: true });
});

it('firefox: a saved note, a switch and a site switched off are all still there after a restart', async () => {
  const url = `${server.origin}/demo/article.html`;
  const note = 'Written before Firefox restarted';

  const before = await launchFirefox({ profileDir });
  const article = await before.openPage(url);
  await article.waitFor(officialsPainted);
  const popup = await before.openExtensionPage(`popup.html?tabId=${await before.tabIdOf(article)}`);
  await popup.clickByRole('switch', 'Officials');
  await popup.clickByRole('button', 'Daniel Whitcomb', false);
  await popup.fillByRole('textbox', 'Note', note);
  await popup.clickByRole('button', 'Save note');
  await popup.waitFor(bodyHasText, note);
  const otherSite = await before.openPage(url.replace('127.0.0.1', 'localhost'));
  const otherPopup = await before.openExtensionPage(`popup.html?tabId=${await before.tabIdOf(otherSite)}`);
  await otherPopup.clickByRole('switch', 'On this site');
  await otherSite.waitFor(() => !CSS.highlights.has('dossier-claim'));
  await before.close();

  const after = await launchFirefox({ profileDir });
  const reopened = await after.openPage(url);
  await reopened.waitFor(() => (CSS.highlights.get('dossier-claim')?.size ?? 0) > 0);
  expect(await reopened.evaluate(() => CSS.highlights.has('dossier-official'))).toBe(false);
  const card = await after.openExtensionPage(`popup.html?tabId=${await after.tabIdOf(reopened)}`);
  await card.clickByRole('button', 'Daniel Whitcomb', false);
  await card.waitFor(bodyHasText, note);
  const offSite = await after.openPage(url.replace('127.0.0.1', 'localhost'));
  const offPopup = await after.openExtensionPage(`popup.html?tabId=${await after.tabIdOf(offSite)}`);
  await offPopup.waitFor(bodyHasText, 'Dossier is off on localhost.');
  await after.close();
});
