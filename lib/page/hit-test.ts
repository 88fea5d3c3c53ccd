// Finds the highlight under a point without wrapping anything in the page: the caret position at the
// point gives a text node and offset, the marks touching that node are checked against it, and the
// winner's client rectangles must contain the point. Officials win over the claims around them.
import type { Mark } from './marks';

interface CaretPoint {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position under the viewport point (x, y), or null. */
export function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as unknown as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A live Range over a mark's span, for measuring (never registered in a highlight). */
export function measuringRange(mark: Mark): Range | null {
  try {
    const range = document.createRange();
    range.setStart(mark.range.startContainer, mark.range.startOffset);
    range.setEnd(mark.range.endContainer, mark.range.endOffset);
    return range;
  } catch {
    return null;
  }
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** True when the caret `point` lies inside `mark`'s span (text order). */
function covers(mark: Mark, point: CaretPoint): boolean {
  const { startContainer, startOffset, endContainer, endOffset } = mark.range;
  if (point.node === startContainer && point.offset < startOffset) return false;
  if (point.node === endContainer && point.offset > endOffset) return false;
  return true;
}

/** The mark painted at viewport point (x, y), or null. `marksAt` lists the marks touching a node. */
export function markAtPoint(x: number, y: number, marksAt: (node: Node) => readonly Mark[]): Mark | null {
  const point = caretAt(x, y);
  if (!point || point.node.nodeType !== Node.TEXT_NODE) return null;
  const candidates = marksAt(point.node).filter((mark) => covers(mark, point));
  candidates.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'official' ? -1 : 1));
  for (const mark of candidates) {
    const range = measuringRange(mark);
    if (range && contains(range.getClientRects(), x, y)) return mark;
  }
  return null;
}
