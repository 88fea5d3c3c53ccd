import { describe, expect, it } from 'vitest';
import { charactersToCut, pieceBounds } from '../../../lib/page/piece-plan';

/** A page text of paragraphs of about 300 characters. */
function paragraphs(count: number): string {
  return Array.from({ length: count }, (_, index) => `Paragraph ${index}. ${'word '.repeat(55)}`.trim()).join(
    '\n\n',
  );
}

describe('piece plan', () => {
  it('cuts between blocks, and takes a short remainder whole', () => {
    const text = paragraphs(40);
    const cut = pieceBounds(text, 0, 2_000)!;
    expect(text.slice(cut.end, cut.next)).toBe('\n\n');
    expect(cut.end).toBeGreaterThanOrEqual(2_000);
    expect(pieceBounds(text, text.length - 2_500, 2_000)).toEqual({ end: text.length, next: text.length });
    expect(pieceBounds(text, text.length - 2_600, 2_000)?.end).toBeLessThan(text.length);
  });

  it('waits for more text while only part of the page is read', () => {
    const text = paragraphs(40);
    expect(pieceBounds(text.slice(0, 2_500), 0, 2_000, false)).toBeNull();
    expect(pieceBounds(text.slice(0, 1_000), 0, 2_000, false)).toBeNull();
  });

  it('cuts a partly read text exactly where the whole text would be cut', () => {
    const text = paragraphs(100);
    for (const start of [0, 1_500, 4_000, 4_321]) {
      for (const size of [1_500, 2_000, 3_000, 12_000]) {
        const partial = text.slice(0, charactersToCut(start, size));
        expect(pieceBounds(partial, start, size, false)).toEqual(pieceBounds(text, start, size));
      }
    }
  });

  it('cuts a text without block breaks after a sentence, or at a space', () => {
    const sentences = 'A short sentence here. '.repeat(300);
    const cut = pieceBounds(sentences, 0, 2_000)!;
    expect(sentences[cut.end - 1]).toBe('.');
    const words = 'word '.repeat(1_000);
    expect(words[pieceBounds(words, 0, 2_000)!.end]).toBe(' ');
  });
});
