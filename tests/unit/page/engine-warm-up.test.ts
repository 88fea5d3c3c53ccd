// @vitest-environment happy-dom
// The engine's one-time set-up on a page: a small warm-up before the first piece, and the rest in a
// task of its own right after it, so that none of it lands inside a later, larger piece.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect';
import { FULL_WARM_UP_TEXT } from '../../../lib/page/engine-run';
import { scanSliced } from '../../../lib/page/page-scan';
import { installStaticRange } from './static-range-shim';

beforeAll(installStaticRange);

describe('engine warm-up', () => {
  it.each(['strict', 'balanced', 'broad'] as const)(
    'takes the engine through a titled official and a claim at %s sensitivity',
    (sensitivity) => {
      const analysis = analyze(FULL_WARM_UP_TEXT, { sensitivity });
      expect(analysis.officials.map((official) => official.title)).toEqual(['Deputy Foreign Minister']);
      expect(analysis.claims.length).toBeGreaterThan(0);
    },
  );

  it('finishes between the first piece and the second, each part a task of its own', async () => {
    const paragraph = 'In Oslo, Finance Minister Per Holm said the budget talks would go on. ';
    document.body.innerHTML = `<article>${`<p>${paragraph.repeat(8)}</p>`.repeat(40)}</article>`;
    performance.clearMeasures();
    await scanSliced(
      document.body,
      new Set(),
      { kind: 'streaming', options: {}, onTextRead() {} },
      () => false,
    );
    const measures = performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name === 'dossier:engine-warm-up' || entry.name === 'dossier:engine');
    expect(measures.map((entry) => entry.name).slice(0, 3)).toEqual([
      'dossier:engine-warm-up',
      'dossier:engine',
      'dossier:engine-warm-up',
    ]);
    expect(measures.filter((entry) => entry.name === 'dossier:engine').length).toBeGreaterThan(1);
  });
});
