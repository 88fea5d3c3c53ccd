// People finder on the bundled demo article's visible text: the officials, their roles and countries,
// every later mention, and the people who are not officials.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/cli/html-text';
import { findActors } from '../../../lib/detect/actors/find-actors';

const html = readFileSync(
  fileURLToPath(new URL('../../fixtures/demo/article.html', import.meta.url)),
  'utf8',
);
const text = htmlToText(html);
const found = findActors(text, {});

function actor(name: string) {
  const a = found.actors.find((x) => x.name === name);
  expect(a, `actor ${name}`).toBeDefined();
  return a;
}

function spansOf(key: string, list: readonly { start: number; end: number; actorKey: string }[]): string[] {
  return list.filter((m) => m.actorKey === key).map((m) => text.slice(m.start, m.end));
}

describe('demo article people', () => {
  it('finds Ingrid Solberg-Haug as the Norwegian Foreign Minister, with every mention', () => {
    const a = actor('Ingrid Solberg-Haug');
    expect(a?.isOfficial).toBe(true);
    expect(a?.title).toBe('Norwegian Foreign Minister');
    expect(a?.country).toBe('Norway');
    expect(spansOf(a?.key ?? '', found.officials)).toEqual([
      'Ingrid Solberg-Haug',
      'Solberg-Haug',
      'Solberg-Haug',
    ]);
  });

  it('finds Pavel Voronov, Russian Deputy Foreign Minister, and his possessive mention without "\'s"', () => {
    const a = actor('Pavel Voronov');
    expect(a?.isOfficial).toBe(true);
    expect(a?.title).toBe('Russian Deputy Foreign Minister');
    expect(a?.country).toBe('Russia');
    expect(spansOf(a?.key ?? '', found.officials)).toEqual(['Pavel Voronov', 'Voronov', 'Voronov']);
  });

  it('finds Daniel Whitcomb, U.S. Secretary of State, as "Whitcomb" and "Mr. Whitcomb"', () => {
    const a = actor('Daniel Whitcomb');
    expect(a?.isOfficial).toBe(true);
    expect(a?.title).toBe('U.S. Secretary of State');
    expect(a?.country).toBe('United States');
    expect(spansOf(a?.key ?? '', found.officials)).toEqual(['Daniel Whitcomb', 'Whitcomb', 'Whitcomb']);
  });

  it("counts the Secretary's spokesman and the Defence Minister as officials", () => {
    expect(actor('Marcus Ellery')?.isOfficial).toBe(true);
    const brandt = actor('Erik Brandt');
    expect(brandt?.isOfficial).toBe(true);
    expect(brandt?.title).toBe('Norwegian Defence Minister');
    expect(brandt?.country).toBe('Norway');
  });

  it('keeps the byline and the researcher as people who are not officials', () => {
    for (const name of ['Clara Whitfield', 'Tomas Lindqvist']) {
      const a = actor(name);
      expect(a?.isOfficial).toBe(false);
      expect(spansOf(a?.key ?? '', found.people)).toEqual([name]);
      expect(spansOf(a?.key ?? '', found.officials)).toEqual([]);
    }
  });

  it('finds nobody else, and every official is also a person', () => {
    expect(found.actors.map((a) => a.name).sort()).toEqual(
      [
        'Clara Whitfield',
        'Daniel Whitcomb',
        'Erik Brandt',
        'Ingrid Solberg-Haug',
        'Marcus Ellery',
        'Pavel Voronov',
        'Tomas Lindqvist',
      ].sort(),
    );
    for (const o of found.officials)
      expect(found.people.some((p) => p.start === o.start && p.end === o.end)).toBe(true);
  });
});
