// Notes and settings survive a browser restart (Chromium keeps its profile between launches; a
// Firefox temporary add-on is removed with its data when the browser closes, so it is not tested there).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './support/chromium-session';
import { bodyHasText } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

let server: FixtureServer;
let profileDir: string;

beforeAll(async () => {
  server = await serveFixtures('tests/fixtures');
  profileDir = await mkdtemp(join(tmpdir(), 'dossier-restart-'));
});

afterAll(async () => {
  await server?.close();
  await rm(profileDir, { recursive: true, force: true });
});

it('chromium: a saved note, a switch and a site switched off are all still there after the browser restarts', async () => {
  const url = `${server.origin}/demo/article.html`;
  const note = 'Written before the restart';

  const before = await launchChromium({ profileDir });
  const article = await before.openPage(url);
  const popup = await before.openExtensionPage(`popup.html?tabId=${await before.tabIdOf(article)}`);
  await popup.clickByRole('switch', 'Officials');
  await popup.clickByRole('button', 'Daniel Whitcomb', false);
  await popup.fillByRole('textbox', 'Note', note);
  await popup.clickByRole('button', 'Save note');
  await popup.waitFor(bodyHasText, note);
  // The same server under another hostname is another site: switch Dossier off there.
  const otherSite = await before.openPage(url.replace('127.0.0.1', 'localhost'));
  const otherPopup = await before.openExtensionPage(`popup.html?tabId=${await before.tabIdOf(otherSite)}`);
  await otherPopup.clickByRole('switch', 'On this site');
  await otherSite.waitFor(() => !CSS.highlights.has('dossier-claim'));
  await before.close();

  const after = await launchChromium({ profileDir });
  const reopened = await after.openPage(url);
  await reopened.waitFor(() => (CSS.highlights.get('dossier-claim')?.size ?? 0) > 0);
  expect(await reopened.evaluate(() => CSS.highlights.has('dossier-official'))).toBe(false);
  const card = await after.openExtensionPage(`popup.html?tabId=${await after.tabIdOf(reopened)}`);
  await card.clickByRole('button', 'Daniel Whitcomb', false);
  await card.waitFor(bodyHasText, note);
  const offSite = await after.openPage(url.replace('127.0.0.1', 'localhost'));
  const offPopup = await after.openExtensionPage(`popup.html?tabId=${await after.tabIdOf(offSite)}`);
  await offPopup.waitFor(bodyHasText, 'Dossier is off on localhost.');
  expect(await offSite.evaluate(() => CSS.highlights.has('dossier-claim'))).toBe(false);
  await after.close();
});
