// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightColourCss } from '../../../lib/page/highlight-colours';
import { HIGHLIGHT_COLOURS, HIGHLIGHT_PALETTE } from '../../../lib/settings/highlight-palette';

describe('highlight colours', () => {
  it('gives every palette colour a readable name and a light and a dark variant', () => {
    for (const colour of HIGHLIGHT_COLOURS) {
      const entry = HIGHLIGHT_PALETTE[colour];
      expect(entry.label).toMatch(/^[A-Z][a-z]+$/);
      for (const variant of [entry.light, entry.dark]) {
        expect(variant.tint).toMatch(/^rgb\(\d+ \d+ \d+ \/ 0\.\d+\)$/);
        expect(variant.line).toMatch(/^rgb\(\d+ \d+ \d+( \/ 0\.\d+)?\)$/);
      }
    }
  });

  it('defaults to the colours of highlights.css, so nothing looks different until the reader chooses', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile('entrypoints/content/highlights.css', 'utf8');
    for (const value of [
      HIGHLIGHT_PALETTE.blue.light.tint,
      HIGHLIGHT_PALETTE.blue.light.line,
      HIGHLIGHT_PALETTE.blue.dark.tint,
      HIGHLIGHT_PALETTE.blue.dark.line,
      HIGHLIGHT_PALETTE.amber.light.tint,
      HIGHLIGHT_PALETTE.amber.light.line,
      HIGHLIGHT_PALETTE.amber.dark.tint,
      HIGHLIGHT_PALETTE.amber.dark.line,
    ]) {
      expect(css).toContain(value);
    }
  });

  it('changes colours only, for both kinds, with dark variants in a prefers-color-scheme block', () => {
    const css = highlightColourCss({ officialColour: 'green', claimColour: 'pink' });
    expect(css.startsWith('::highlight(dossier-official)')).toBe(true);
    expect(css).toContain(
      `::highlight(dossier-official) { background-color: ${HIGHLIGHT_PALETTE.green.light.tint}`,
    );
    expect(css).toContain(
      `::highlight(dossier-claim) { background-color: ${HIGHLIGHT_PALETTE.pink.light.tint}`,
    );
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain(HIGHLIGHT_PALETTE.green.dark.line);
    // The underline styles (solid, wavy) come from highlights.css and are never overridden.
    expect(css).not.toMatch(/text-decoration(-style|-line)?:|solid|wavy/);
  });
});
