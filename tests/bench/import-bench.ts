// `npx tsx tests/bench/import-bench.ts [dataDir]`: how the officials-list importers do on the public lists
// in dataDir (default ../shared/data): format detected, actors read, rows skipped, milliseconds; and the
// time for a synthetic 50,000-row CSV. The lists are read at run time; none of their text is stored here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { detectImportFormat } from '../../lib/import/detect-format';
import { parseCsv } from '../../lib/import/parse-csv';
import { readImportFile } from '../../lib/import/read-import-file';
import { ImportError, type ImportReport } from '../../lib/import/types';

const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Median wall time and median CPU time (this process, all threads) of `RUNS` runs after one warm-up,
 * with the last result. CPU time stays meaningful on a busy machine, where wall time does not.
 */
function timed<T>(work: () => T): { ms: number; cpuMs: number; result: T } {
  let result = work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    result = work();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { ms: median(walls), cpuMs: median(cpus), result };
}

function listFiles(dataDir: string): string[] {
  const files: string[] = [];
  const world = join(dataDir, 'officials-world');
  if (existsSync(world)) {
    for (const name of readdirSync(world).sort()) if (name.endsWith('.csv')) files.push(join(world, name));
  } else {
    console.log(`missing: ${world}`);
  }
  for (const name of ['legislators-current.yaml', 'executive.yaml']) {
    const path = join(dataDir, 'congress-legislators', name);
    if (existsSync(path)) files.push(path);
    else console.log(`missing: ${path}`);
  }
  return files;
}

function row(cells: (string | number)[]): string {
  const widths = [40, 14, 8, 8, 9, 9];
  return cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 10)).join(' ');
}

function benchFile(path: string): void {
  const text = readFileSync(path, 'utf8');
  const name = basename(path);
  const format = detectImportFormat(name, text) ?? 'unknown';
  try {
    const { ms, cpuMs, result } = timed<ImportReport>(() => readImportFile(name, text));
    console.log(
      row([name, format, result.actors.length, result.skippedTotal, ms.toFixed(1), cpuMs.toFixed(1)]),
    );
  } catch (error) {
    const message = error instanceof ImportError ? error.message : String(error);
    console.log(row([name, format, '-', '-', '-']), `error: ${message}`);
  }
}

const GIVEN = ['Ana', 'Pavel', 'Maria', 'James', 'Li', 'Omar', 'Ingrid', 'Carlos', 'Aiko', 'Kwame'];
const FAMILY = ['VORONOV', 'Lindqvist', 'HADDAD', 'Okafor', 'MOREAU', 'Tanaka', 'BRANDT', 'Ellery', 'COSTA'];
const TITLES = [
  'Minister of Finance',
  'Ambassador to the US',
  'Deputy Prime Minister',
  'Governor of the "Central" Bank',
];

/** 50,000 rows in the CIA list's shape (capitalised surnames, quoted titles), about 1 in 10 repeating a name. */
function syntheticCsv(rows: number): string {
  const lines = ['country,title,name_as_published'];
  for (let i = 0; i < rows; i++) {
    const id = i % 10 === 9 ? i - 1 : i;
    const name = `${GIVEN[id % GIVEN.length]} ${FAMILY[id % FAMILY.length]} ${id}`;
    const title = TITLES[i % TITLES.length]!.replace(/"/g, '""');
    lines.push(`Country ${i % 190},"${title}",${name}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function main(): void {
  const dataDir = resolve(process.argv[2] ?? '../shared/data');
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  console.log(
    `Import bench (median of ${RUNS} runs after a warm-up; load average ${load} on ${cpus().length} CPUs).`,
  );
  console.log(`Data: ${dataDir}`);
  if (!existsSync(dataDir)) {
    console.log(
      `The data folder ${dataDir} does not exist: pass its path as the first argument. Only the synthetic timing runs.`,
    );
  }
  const files = existsSync(dataDir) ? listFiles(dataDir) : [];
  console.log(row(['file', 'format', 'actors', 'skipped', 'wall ms', 'cpu ms']));
  for (const path of files) benchFile(path);

  const text = syntheticCsv(50_000);
  const parse = timed(() => parseCsv(text));
  const read = timed(() => readImportFile('synthetic.csv', text));
  console.log(
    `synthetic CSV, 50,000 rows (${(text.length / 1024 / 1024).toFixed(1)} MB): ` +
      `parseCsv ${parse.ms.toFixed(1)} ms wall / ${parse.cpuMs.toFixed(1)} ms cpu; ` +
      `readImportFile ${read.ms.toFixed(1)} ms wall / ${read.cpuMs.toFixed(1)} ms cpu -> ` +
      `${read.result.actors.length} actors, ${read.result.skippedTotal} skipped (${read.result.format})`,
  );
}

main();
