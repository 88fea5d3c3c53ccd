// `dossier analyze FILE` (readable and --json), --help, and clear errors for bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const demo = 'tests/fixtures/demo/article.html';

function run(...args: string[]) {
  return spawnSync(process.execPath, ['lib/cli/bin.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('dossier analyze FILE', () => {
  it('prints a readable report of the demo article', () => {
    const { status, stdout } = run('analyze', demo);
    expect(status).toBe(0);
    expect(stdout).toContain('Officials (');
    expect(stdout).toContain('People (');
    expect(stdout).toContain('Unconfirmed claims (');
    expect(stdout).toContain('[second-hand report] According to reports in the Kommersant newspaper');
    expect(stdout).toContain('source: Kommersant');
    expect(stdout).toContain('[unverified or denied] The claim could not be independently verified.');
    expect(stdout).toContain('cues: "could not be independently verified"');
    expect(stdout).not.toContain('<p');
    expect(stdout).not.toContain('font:');
  });

  it('prints the contract record with --json', () => {
    const { status, stdout } = run('analyze', demo, '--json', '--with-text');
    expect(status).toBe(0);
    const rec = JSON.parse(stdout) as {
      id: string;
      text: string;
      claims: { start: number; end: number; category: string }[];
    };
    expect(rec.id).toBe(demo);
    expect(rec.claims.length).toBeGreaterThanOrEqual(5);
    for (const c of rec.claims) expect(rec.text.slice(c.start, c.end).length).toBe(c.end - c.start);
    expect(rec.text).not.toContain('Politics'); // navigation is dropped
    expect(rec.text).toContain('Border talks stall');
  });

  it('analyses a plain text file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Officials said the dam may have burst.\n');
    const { status, stdout } = run('analyze', file, '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ claims: [{ start: 0, end: 38, category: 'anonymous' }] });
  });

  it('prints usage with --help', () => {
    const { status, stdout } = run('--help');
    expect(status).toBe(0);
    expect(stdout).toContain('dossier analyze --jsonl');
    expect(stdout).toContain('dossier analyze FILE.html|FILE.txt');
  });

  it('explains missing, binary and unknown input', () => {
    const missing = run('analyze', 'no/such/file.html');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read no/such/file.html');

    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]));
    const bin = run('analyze', binary);
    expect(bin.status).toBe(1);
    expect(bin.stderr).toContain('binary');

    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
  });
});
