// Benchmark: the popup and search with a big database (10,000 actors, 50,000 notes) in real
// Chromium. Prints the import time, popup-ready time and search times. Run: npm run bench:cards
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/chromium-session';
import { serveFixtures } from '../e2e/support/static-server';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);
const NOTES = Number(process.env.BENCH_NOTES ?? 50_000);
const RUNS = 7;

const GIVEN = [
  'Ana',
  'Boris',
  'Chen',
  'Dara',
  'Elif',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
];
const FAMILY = [
  'Ruiz',
  'Petrov',
  'Wang',
  'Okafor',
  'Yilmaz',
  'Haddad',
  'Lund',
  'Sato',
  'Costa',
  'Berg',
  'Mensah',
  'Novak',
  'Silva',
  'Karimi',
  'Aziz',
  'Rao',
];
const TOPICS = [
  'harbour inquiry',
  'budget vote',
  'fishing quotas',
  'border talks',
  'tariff deal',
  'coalition crisis',
  'energy prices',
  'court ruling',
];

function syntheticBackup(): string {
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    id: i + 1,
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}-${i}`,
    aliases: [`${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}-${i}`],
    kind: i % 3 === 0 ? 'person' : 'official',
    roles: [{ title: i % 2 ? 'Minister of Finance' : 'Ambassador', asOf: '2026-01-01', source: 'import' }],
    country: ['Spain', 'Norway', 'Japan', 'Ghana'][i % 4],
    createdAt: i,
    updatedAt: i,
  }));
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    id: i + 1,
    actorId: (i % ACTORS) + 1,
    text: `Note ${i}: spoke about the ${TOPICS[i % TOPICS.length]} and promised an answer by ${1 + (i % 28)} March.`,
    createdAt: i,
    updatedAt: i,
  }));
  return JSON.stringify({
    format: 'dossier-backup',
    version: 1,
    exportedAt: '',
    actors,
    notes,
    sightings: [],
  });
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
  const backupPath = join(folder, 'big-backup.json');
  await writeFile(backupPath, syntheticBackup());
  const server = await serveFixtures('tests/fixtures');
  const browser = await launchChromium();
  const hasText = (text: string): boolean => (document.body.textContent ?? '').includes(text);
  try {
    const options = await browser.openExtensionPage('options.html');
    const importStart = Date.now();
    await options.chooseFile('File to import', backupPath);
    await options.waitFor(hasText, 'Apply import', 120_000);
    const planned = Date.now();
    await options.clickByRole('button', 'Apply import');
    await options.waitFor(hasText, 'Imported big-backup.json', 300_000);
    console.log(`Database: ${ACTORS.toLocaleString('en')} actors, ${NOTES.toLocaleString('en')} notes`);
    console.log(`  import: check + preview ${planned - importStart} ms, apply ${Date.now() - planned} ms`);
    await options.close();

    const article = await browser.openPage(`${server.origin}/demo/article.html`);
    await article.waitFor(() => (CSS.highlights.get('dossier-official')?.size ?? 0) > 0);
    const tabId = await browser.tabIdOf(article);

    const ready: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitFor(() => performance.getEntriesByName('dossier:popup-ready').length > 0);
      ready.push(
        await popup.evaluate(() => performance.getEntriesByName('dossier:popup-ready')[0]!.startTime),
      );
      await popup.close();
    }
    console.log(
      `  popup ready (navigation start -> findings shown): median ${median(ready).toFixed(1)} ms, max ${Math.max(...ready).toFixed(1)} ms (target < 150 ms)`,
    );

    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    for (const query of ['ruiz', 'okafor-1', 'harbour', 'fishing quo', 'minister', 'zzzz']) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        await popup.fillByRole('searchbox', 'Search actors and notes', '');
        await popup.evaluate(() => performance.clearMeasures('dossier:search'));
        await popup.fillByRole('searchbox', 'Search actors and notes', query);
        await popup.waitFor(
          (q: string) =>
            performance.getEntriesByName('dossier:search').length > 0 &&
            (document.querySelector('input[type=search]') as HTMLInputElement).value === q,
          query,
        );
        times.push(
          await popup.evaluate(() => performance.getEntriesByName('dossier:search').at(-1)!.duration),
        );
      }
      console.log(
        `  search "${query}": median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (target < 50 ms)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
