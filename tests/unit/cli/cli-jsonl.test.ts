// `dossier analyze --jsonl` against the DESIGN.md contract: every field, type and offset checked.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/cli/html-text';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const demoText = htmlToText(readFileSync(`${root}tests/fixtures/demo/article.html`, 'utf8'));
const CATEGORIES = ['anonymous', 'secondhand', 'unverified', 'speculative'];

function runJsonl(input: string) {
  const result = spawnSync(process.execPath, ['lib/cli/bin.mjs', 'analyze', '--jsonl'], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout.split('\n').filter((l) => l !== '');
  return {
    status: result.status,
    stderr: result.stderr,
    records: lines.map((l) => JSON.parse(l) as unknown),
  };
}

function expectSpan(value: unknown, text: string): void {
  expect(value).toBeTypeOf('object');
  const span = value as Record<string, unknown>;
  expect(Number.isInteger(span.start)).toBe(true);
  expect(Number.isInteger(span.end)).toBe(true);
  const start = span.start as number;
  const end = span.end as number;
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  expect(end).toBeLessThanOrEqual(text.length);
}

/** Validates one output record against the contract schema for input `text`. */
function expectRecord(value: unknown, id: string | number, text: string): void {
  expect(value).toBeTypeOf('object');
  const rec = value as Record<string, unknown>;
  expect(Object.keys(rec).sort()).toEqual(['claims', 'id', 'officials', 'people']);
  expect(rec.id).toBe(id);
  for (const key of ['people', 'officials', 'claims']) expect(Array.isArray(rec[key])).toBe(true);
  for (const p of rec.people as unknown[]) {
    expectSpan(p, text);
    expect(Object.keys(p as object).sort()).toEqual(['end', 'start']);
  }
  for (const o of rec.officials as Record<string, unknown>[]) {
    expectSpan(o, text);
    for (const key of Object.keys(o)) expect(['start', 'end', 'title', 'name']).toContain(key);
    if ('title' in o) expect(o.title).toBeTypeOf('string');
    if ('name' in o) expect(o.name).toBeTypeOf('string');
    const isPerson = (rec.people as { start: number; end: number }[]).some(
      (p) => p.start === o.start && p.end === o.end,
    );
    expect(isPerson, 'every official is also a person').toBe(true);
  }
  for (const c of rec.claims as Record<string, unknown>[]) {
    expectSpan(c, text);
    expect(Object.keys(c).sort()).toEqual(['category', 'cues', 'end', 'start']);
    expect(CATEGORIES).toContain(c.category);
    expect(Array.isArray(c.cues)).toBe(true);
    for (const q of c.cues as Record<string, unknown>[]) {
      expectSpan(q, text);
      expect(q.start as number).toBeGreaterThanOrEqual(c.start as number);
      expect(q.end as number).toBeLessThanOrEqual(c.end as number);
    }
  }
}

describe('dossier analyze --jsonl', () => {
  it('writes one contract record per input line', () => {
    const inputs = [
      { id: 'demo', text: demoText },
      { id: 7, text: 'Sources said the minister would resign. The minister will visit Paris.' },
      { id: 'empty', text: '' },
      { id: 'emoji', text: '😀 Officials said the dam 😀 may have burst.' },
    ];
    const { status, records } = runJsonl(`${inputs.map((i) => JSON.stringify(i)).join('\n')}\n`);
    expect(status).toBe(0);
    expect(records).toHaveLength(inputs.length);
    inputs.forEach((input, i) => {
      expectRecord(records[i], input.id, input.text);
    });
    const demo = records[0] as { claims: { category: string }[]; officials: unknown[] };
    expect(demo.claims.length).toBeGreaterThan(0);
    expect(demo.claims.map((c) => c.category)).toContain('secondhand');
    const second = records[1] as { claims: { start: number; end: number }[] };
    expect(second.claims).toHaveLength(1);
  });

  it('reports a malformed line with its number and goes on', () => {
    const input = [
      'not json',
      '{"id":"ok","text":"Officials said it was over."}',
      '{"id":"x","text":3}',
      '[1]',
    ].join('\n');
    const { status, stderr, records } = runJsonl(input);
    expect(status).toBe(1);
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({ id: null, error: expect.stringContaining('line 1') });
    expectRecord(records[1], 'ok', 'Officials said it was over.');
    expect(records[2]).toMatchObject({ id: 'x', error: expect.stringContaining('line 3') });
    expect(records[3]).toMatchObject({ error: expect.stringContaining('line 4') });
    expect(stderr).toContain('line 1');
    expect(stderr).toContain('line 3');
  });

  it('uses UTF-16 offsets', () => {
    const text = 'Prices rose 😀😀. Sources said the bridge collapsed.';
    const { records } = runJsonl(`${JSON.stringify({ id: 'u', text })}\n`);
    const rec = records[0] as { claims: { start: number; end: number }[] };
    expect(rec.claims[0]).toBeDefined();
    expect(text.slice(rec.claims[0]?.start, rec.claims[0]?.end)).toBe('Sources said the bridge collapsed.');
  });
});
