// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Mark } from '../../../lib/page/marks';
import { type Analyser, scanSliced } from '../../../lib/page/page-scan';
import { collectVisibleText } from '../../../lib/page/visible-text';
import { backgroundAnalyser } from './background-analyser';
import { installStaticRange } from './static-range-shim';

beforeAll(installStaticRange);

/** A long article: every paragraph names an official, later ones by surname only. */
function longArticle(paragraphs: number): HTMLElement {
  const first = '<p>Spanish Foreign Minister Ana Ruiz said on Tuesday that talks would resume next week.</p>';
  const later = Array.from(
    { length: paragraphs },
    (_, index) =>
      `<p>In round ${index}, Ruiz told reporters that the delegations had met again. ${'The talks went on. '.repeat(12)}</p>`,
  ).join('');
  document.body.innerHTML = `<article>${first}${later}</article>`;
  return document.body;
}

const never = (): boolean => false;
const NO_SKIP: ReadonlySet<Element> = new Set();

describe('sliced scan', () => {
  it('paints the top of a long page before the rest is read, and hands the whole text over after', async () => {
    const body = longArticle(300);
    const events: string[] = [];
    let wholeText = '';
    const segment = await scanSliced(
      body,
      NO_SKIP,
      {
        kind: 'streaming',
        options: {},
        onTextRead(text) {
          wholeText = text;
          events.push('text read');
        },
      },
      backgroundAnalyser,
      never,
      (marks: Mark[]) => events.push(`piece ${marks.length}`),
    );
    const expected = collectVisibleText(body).text;
    expect(expected.length).toBeGreaterThan(60_000);
    expect(events[0]).toMatch(/^piece [1-9]/);
    // Pieces come before the whole page is read (the first one with highlights) and after.
    const textRead = events.indexOf('text read');
    expect(textRead).toBeGreaterThan(0);
    expect(textRead).toBeLessThan(events.length - 1);
    expect(wholeText).toBe(expected);
    expect(segment!.pageText.text).toBe(expected);
  });

  it('finds the same highlights streaming as reading the whole page first', async () => {
    const body = longArticle(120);
    const streamed = await scanSliced(
      body,
      NO_SKIP,
      { kind: 'streaming', options: {}, onTextRead() {} },
      backgroundAnalyser,
      never,
    );
    const whole = await scanSliced(
      body,
      NO_SKIP,
      { kind: 'whole', optionsFor: async () => ({}) },
      backgroundAnalyser,
      never,
    );
    const spans = (marks: readonly Mark[]): string[] =>
      marks.map((mark) => `${mark.kind}:${mark.range.startOffset}:${mark.range.endOffset}`);
    expect(streamed!.marks.length).toBeGreaterThan(120);
    expect(spans(streamed!.marks)).toEqual(spans(whole!.marks));
    expect(streamed!.analysis.officials).toEqual(whole!.analysis.officials);
  });

  it('stops when cancelled', async () => {
    const body = longArticle(50);
    let calls = 0;
    const segment = await scanSliced(
      body,
      NO_SKIP,
      { kind: 'streaming', options: {}, onTextRead() {} },
      backgroundAnalyser,
      () => ++calls > 1,
    );
    expect(segment).toBeNull();
  });

  it('stops with the error when the engine stops answering, keeping the pieces already painted', async () => {
    const body = longArticle(300);
    const painted: number[] = [];
    let requests = 0;
    const failing: Analyser = (text, options) =>
      ++requests > 2
        ? Promise.reject(new Error('The Dossier background did not answer.'))
        : backgroundAnalyser(text, options);
    const scan = scanSliced(
      body,
      NO_SKIP,
      { kind: 'streaming', options: {}, onTextRead() {} },
      failing,
      never,
      (marks) => painted.push(marks.length),
    );
    await expect(scan).rejects.toThrow('did not answer');
    expect(painted.length).toBe(2);
    expect(painted[0]).toBeGreaterThan(0);
  });
});
