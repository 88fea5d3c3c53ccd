// Turns spans of the collected text into StaticRanges over the DOM text nodes they came from.
// StaticRange, not Range: live ranges in highlights tax every DOM change the page makes.
import type { PageText, TextChunk } from './visible-text';

/** Index of the chunk holding offset `offset` (the last chunk starting at or before it). */
function chunkIndexAt(chunks: readonly TextChunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (chunks[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** DOM boundary points covering `text.slice(start, end)`, or null when the span holds no node text. */
export function spanToDomPoints(pageText: PageText, start: number, end: number): StaticRangeInit | null {
  const { chunks } = pageText;
  if (chunks.length === 0 || end <= start) return null;
  let first = chunkIndexAt(chunks, start);
  let firstChunk = chunks[first]!;
  // A span starting in a block separator begins at the next node.
  if (start >= firstChunk.start + firstChunk.node.length) {
    first += 1;
    firstChunk = chunks[first]!;
    if (!firstChunk || firstChunk.start >= end) return null;
  }
  const lastChunk = chunks[chunkIndexAt(chunks, end - 1)]!;
  const startOffset = Math.max(0, start - firstChunk.start);
  const endOffset = Math.min(lastChunk.node.length, end - lastChunk.start);
  return { startContainer: firstChunk.node, startOffset, endContainer: lastChunk.node, endOffset };
}

/** A StaticRange covering `text.slice(start, end)`, or null when the span holds no node text. */
export function spanToStaticRange(pageText: PageText, start: number, end: number): StaticRange | null {
  const points = spanToDomPoints(pageText, start, end);
  return points ? new StaticRange(points) : null;
}
