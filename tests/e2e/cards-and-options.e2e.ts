// The reader's cards and notes in real Chromium and Firefox: the options page finds actors and
// notes, imports a backup after a preview (and refuses a broken one), deletes only after
// confirmation, and the popup and options page pass an accessibility check (axe-core).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser, TestPage } from './support/browser-session';
import { EACH_BROWSER } from './support/each-browser';
import { bodyHasText, officialsPainted } from './support/page-conditions';
import { type FixtureServer, serveFixtures } from './support/static-server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns its violations as "rule: n nodes (first target)". */
async function accessibilityViolations(page: TestPage): Promise<string[]> {
  await page.runScript(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(context: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target.join(' ')})`);
  });
}

const BACKUP = {
  format: 'dossier-backup',
  version: 1,
  exportedAt: '2026-11-01T00:00:00.000Z',
  actors: [
    {
      id: 40,
      name: 'Amara Okafor',
      aliases: ['Okafor'],
      kind: 'official',
      roles: [{ title: 'Minister of Trade', country: 'Nigeria', asOf: '2026-10-01', source: 'reader' }],
      country: 'Nigeria',
      createdAt: 1,
      updatedAt: 2,
    },
  ],
  notes: [{ id: 9, actorId: 40, text: 'Negotiated the cocoa tariff deal', createdAt: 3, updatedAt: 3 }],
  sightings: [],
};

describe.each(EACH_BROWSER)('%s', (_name, launch) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let folder: string;

  beforeAll(async () => {
    server = await serveFixtures('tests/fixtures');
    browser = await launch();
    folder = await mkdtemp(join(tmpdir(), 'dossier-import-'));
    const article = await browser.openPage(`${server.origin}/demo/article.html`);
    await article.waitFor(officialsPainted);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('finds an actor by part of a name, keeps a note on the card, and finds the card by the note', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.fillByRole('searchbox', 'Search actors and notes', 'voro');
    await options.clickByRole('button', 'Pavel Voronov', false);
    await options.fillByRole('textbox', 'Note', 'Asked to leave the delegation, per Kommersant');
    await options.clickByRole('button', 'Save note');
    await options.waitFor(bodyHasText, 'Asked to leave the delegation');
    await options.clickByRole('button', 'Back to all actors', false);
    await options.fillByRole('searchbox', 'Search actors and notes', 'delegation kommers');
    await options.waitFor(bodyHasText, '“Asked to leave the delegation, per Kommersant”');
    await options.close();
  });

  it('imports a backup only after a preview, and refuses a broken file without changing anything', async () => {
    const good = join(folder, 'backup.json');
    const broken = join(folder, 'broken.json');
    await writeFile(good, JSON.stringify(BACKUP));
    await writeFile(broken, '{"format": "dossier-backup", "version": 1, "actors": [');
    const options = await browser.openExtensionPage('options.html');

    await options.chooseFile('File to import', broken);
    await options.waitFor(
      bodyHasText,
      'Nothing was imported. This file is not a Dossier backup: it is not valid JSON.',
    );

    await options.chooseFile('File to import', good);
    await options.waitFor(bodyHasText, '1 new card, 0 merged into cards you have, 1 note added');
    await options.clickByRole('button', 'Apply import');
    await options.waitFor(bodyHasText, 'Imported backup.json');
    await options.fillByRole('searchbox', 'Search actors and notes', 'cocoa');
    await options.waitFor(bodyHasText, 'Amara Okafor');
    await options.close();
  });

  it('imports an officials list from CSV after showing the guessed columns and a preview', async () => {
    const list = join(folder, 'officials.csv');
    await writeFile(
      list,
      [
        'full_name,position,nation',
        'Lena Brandvold,Minister of Fisheries,Norway',
        'Tomasz Wierzba,Mayor of Gdansk,Poland',
      ].join('\n'),
    );
    const options = await browser.openExtensionPage('options.html');
    await options.chooseFile('File to import', list);
    await options.waitFor(bodyHasText, 'Which column holds what');
    await options.waitFor(bodyHasText, '2 actors read: 2 new cards, 0 merged into cards you have.');
    await options.clickByRole('button', 'Apply import');
    await options.waitFor(bodyHasText, 'Imported officials.csv');
    await options.fillByRole('searchbox', 'Search actors and notes', 'wierzba');
    await options.waitFor(bodyHasText, 'Mayor of Gdansk');
    await options.close();

    // The page gives no title: only the imported list says he is an official.
    const page = await browser.openPage(`${server.origin}/pages/stored-actor.html`);
    await page.waitFor(() =>
      [...(CSS.highlights.get('dossier-official') ?? [])].some((range) => {
        const r = range as StaticRange;
        return (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset) === 'Wierzba';
      }),
    );
    await page.close();
  });

  it('shows a name made of markup as plain characters, running nothing', async () => {
    const hostile = '<img src=x onerror="window.__dossierXss=1">';
    const path = join(folder, 'hostile.json');
    await writeFile(
      path,
      JSON.stringify({
        ...BACKUP,
        actors: [{ ...BACKUP.actors[0], id: 77, name: hostile, aliases: [], roles: [] }],
        notes: [
          {
            id: 78,
            actorId: 77,
            text: '<script>window.__dossierXss=2</script> note',
            createdAt: 5,
            updatedAt: 5,
          },
        ],
      }),
    );
    const options = await browser.openExtensionPage('options.html');
    await options.chooseFile('File to import', path);
    await options.clickByRole('button', 'Apply import');
    await options.waitFor(bodyHasText, 'Imported hostile.json');
    await options.fillByRole('searchbox', 'Search actors and notes', 'onerror');
    await options.clickByRole('button', hostile, false);
    await options.waitFor(bodyHasText, '<script>window.__dossierXss=2</script> note');
    expect(await options.evaluate(() => document.querySelectorAll('img, main script').length)).toBe(0);
    expect(
      await options.evaluate(() => (window as unknown as { __dossierXss?: number }).__dossierXss ?? 0),
    ).toBe(0);
    expect(await options.evaluate(() => document.querySelector('.card-name')?.textContent)).toBe(hostile);
    await options.close();
  });

  it('deletes selected cards only after a confirmation that says what goes', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.fillByRole('searchbox', 'Search actors and notes', 'okafor');
    await options.clickByRole('checkbox', 'Select Amara Okafor');
    await options.clickByRole('button', 'Delete selected');
    await options.waitFor(bodyHasText, 'Delete 1 card and 1 note?');
    await options.clickByRole('button', 'Delete 1 card');
    await options.waitFor(bodyHasText, 'Deleted 1 card and 1 note.');
    await options.waitFor(bodyHasText, 'Nothing matches.');
    await options.close();
  });

  it('has no accessibility violations in the options page or the popup', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(bodyHasText, 'Actors and notes');
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.clickByRole('button', 'Pavel Voronov', false);
    await options.waitFor(bodyHasText, 'Seen on');
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.close();

    const article = await browser.openPage(`${server.origin}/demo/article.html`);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${await browser.tabIdOf(article)}`);
    await popup.waitFor(bodyHasText, 'Ingrid Solberg-Haug');
    expect(await accessibilityViolations(popup)).toEqual([]);
    await popup.clickByRole('button', 'Ingrid Solberg-Haug', false);
    await popup.waitFor(bodyHasText, 'Seen on');
    expect(await accessibilityViolations(popup)).toEqual([]);
    await popup.close();
    await article.close();
  });
});
