// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/detect/types';
import { describeMark } from '../../../lib/page/highlight-navigator';
import { marksOf } from '../../../lib/page/marks';
import { PageModel } from '../../../lib/page/page-model';
import { collectVisibleText, type PageText } from '../../../lib/page/visible-text';
import { installStaticRange } from './static-range-shim';

beforeAll(installStaticRange);

/** An analysis of `pageText` with one official at `name` and one anonymous claim at `claim`. */
function analysisOf(pageText: PageText, name: string, claim: string): Analysis {
  const at = pageText.text.indexOf(name);
  const from = pageText.text.indexOf(claim);
  return {
    actors: [
      { key: name.toLowerCase(), name, aliases: [], isOfficial: true, title: 'Minister', mentionCount: 1 },
    ],
    people: [{ start: at, end: at + name.length, actorKey: name.toLowerCase() }],
    officials: [{ start: at, end: at + name.length, actorKey: name.toLowerCase(), name, title: 'Minister' }],
    claims: [
      {
        start: from,
        end: from + claim.length,
        category: 'anonymous',
        reason: 'Attributed to unnamed sources',
        cues: [{ start: from, end: from + 6 }],
      },
    ],
  };
}

function segmentOf(element: Element, name: string, claim: string) {
  const pageText = collectVisibleText(element);
  const analysis = analysisOf(pageText, name, claim);
  return { pageText, analysis, marks: marksOf(pageText, analysis) };
}

describe('page model', () => {
  it('lists claims of separately read stretches in document order, numbered for the popup', () => {
    document.body.innerHTML =
      '<p id="top">Minister <b>Ana Ruiz</b> spoke. Sources said it failed.</p><p id="bottom">Minister Li Wei left. Aides said it worked.</p>';
    const model = new PageModel();
    // The lower paragraph was read first (e.g. the page loaded it first), the upper one added later.
    model.add(segmentOf(document.querySelector('#bottom')!, 'Li Wei', 'Aides said it worked.'));
    model.add(segmentOf(document.querySelector('#top')!, 'Ana Ruiz', 'Sources said it failed.'));
    const findings = model.findings({ url: 'http://example.test/', title: 'Test' });
    expect(findings.claims.map((claim) => [claim.index, claim.excerpt])).toEqual([
      [0, 'Sources said it failed.'],
      [1, 'Aides said it worked.'],
    ]);
    expect(findings.claims[0]!.cues).toEqual(['Source']);
    expect(findings.officials.map((official) => official.name).sort()).toEqual(['Ana Ruiz', 'Li Wei']);
    expect(model.claimMarks()[1]!.range.startContainer.textContent).toContain('Aides');
    expect(model.marks().map((mark) => mark.kind)).toEqual(['official', 'claim', 'official', 'claim']);
  });

  it('finds the marks touching a text node, for hit-testing', () => {
    document.body.innerHTML = '<p>Minister <b>Ana Ruiz</b> spoke. Sources said it failed.</p>';
    const model = new PageModel();
    model.add(segmentOf(document.body, 'Ana Ruiz', 'Sources said it failed.'));
    const bold = document.querySelector('b')!.firstChild!;
    expect(model.marksAt(bold).map((mark) => mark.kind)).toEqual(['official']);
    expect(model.hasRead(bold)).toBe(true);
    expect(model.hasRead(document.createTextNode('new'))).toBe(false);
  });

  it('says what a mark is, for screen readers', () => {
    document.body.innerHTML = '<p>Minister <b>Ana Ruiz</b> spoke. Sources said it failed.</p>';
    const [official, claim] = segmentOf(document.body, 'Ana Ruiz', 'Sources said it failed.').marks;
    expect(describeMark(official!, 1, 2)).toBe('Official, 1 of 2: Ana Ruiz, Minister.');
    expect(describeMark(claim!, 2, 2)).toBe(
      'Unconfirmed claim, 2 of 2: Anonymous source. Attributed to unnamed sources',
    );
  });
});
