// What Dossier knows about the current page: the analysed segments (the page read whole, plus
// stretches added later), their marks in document order, a map from text nodes to marks for
// hit-testing, and the findings the popup lists. No painting, no UI, no browser API.
import type { Actor } from '../detect/types';
import type { PageClaim, PageFindings, PageRef } from '../model/findings';
import { compareMarks, type Mark } from './marks';
import { mergeActors } from './merge-analysis';
import { summarizeFindings } from './page-findings';
import type { Segment } from './page-scan';

/** The analysed state of one page. */
export class PageModel {
  private readonly segments: Segment[] = [];
  private ordered: Mark[] | null = null;
  private byNode: Map<Node, Mark[]> | null = null;
  private readNodes: Set<Node> | null = null;

  /** Adds an analysed stretch of the page. */
  add(segment: Segment): void {
    this.segments.push(segment);
    this.ordered = null;
    this.byNode = null;
    this.readNodes = null;
  }

  /** True when `node`'s text is already part of an analysed segment. */
  hasRead(node: Node): boolean {
    this.readNodes ??= new Set(
      this.segments.flatMap((segment) => segment.pageText.chunks.map((chunk) => chunk.node)),
    );
    return this.readNodes.has(node);
  }

  /** True when nothing has been analysed yet. */
  get empty(): boolean {
    return this.segments.length === 0;
  }

  /** Characters of page text analysed so far. */
  get textLength(): number {
    return this.segments.reduce((sum, segment) => sum + segment.pageText.text.length, 0);
  }

  /** The actors found so far, as context for analysing text added later. */
  actors(): Actor[] {
    return mergeActors(this.segments.map((segment) => segment.analysis.actors));
  }

  /** Every mark still in the document, in document order. */
  marks(): Mark[] {
    if (!this.ordered) {
      this.ordered = this.segments.flatMap((segment) => segment.marks).sort(compareMarks);
    }
    return this.ordered.filter((mark) => mark.range.startContainer.isConnected);
  }

  /** Claim marks in the order {@link findings} lists the claims. */
  claimMarks(): Mark[] {
    return this.orderedClaims().map((entry) => entry.mark);
  }

  /** Marks whose range touches `node`. */
  marksAt(node: Node): readonly Mark[] {
    if (!this.byNode) this.byNode = indexByNode(this.segments);
    return this.byNode.get(node) ?? [];
  }

  /** What the popup lists: actors of every segment merged, claims in document order. */
  findings(page: PageRef): PageFindings {
    if (this.segments.length === 0) return summarizeFindings(page, '', null);
    const parts = this.segments.map((segment) =>
      summarizeFindings(page, segment.pageText.text, segment.analysis),
    );
    const actors = mergeActors(this.segments.map((segment) => segment.analysis.actors));
    const merged = summarizeFindings(page, '', { actors, people: [], officials: [], claims: [] });
    const claims: PageClaim[] = this.orderedClaims().map((entry, index) => ({
      ...parts[entry.segment]!.claims[entry.claim]!,
      index,
    }));
    return { ...merged, claims };
  }

  private orderedClaims(): { mark: Mark; segment: number; claim: number }[] {
    const entries: { mark: Mark; segment: number; claim: number }[] = [];
    this.segments.forEach((segment, segmentIndex) => {
      let claimIndex = 0;
      for (const mark of segment.marks) {
        if (mark.kind !== 'claim') continue;
        entries.push({ mark, segment: segmentIndex, claim: claimIndex });
        claimIndex += 1;
      }
    });
    if (this.segments.length > 1) entries.sort((a, b) => compareMarks(a.mark, b.mark));
    return entries;
  }
}

/** Maps every text node a mark covers to the marks covering it. */
function indexByNode(segments: readonly Segment[]): Map<Node, Mark[]> {
  const index = new Map<Node, Mark[]>();
  const put = (node: Node, mark: Mark): void => {
    const list = index.get(node);
    if (list) list.push(mark);
    else index.set(node, [mark]);
  };
  for (const segment of segments) {
    const { chunks } = segment.pageText;
    let chunk = 0;
    const sorted = [...segment.marks].sort((a, b) => startOf(segment, a) - startOf(segment, b));
    for (const mark of sorted) {
      const first = startOf(segment, mark);
      while (chunk + 1 < chunks.length && chunks[chunk + 1]!.start <= first) chunk += 1;
      for (let at = chunk; at < chunks.length; at += 1) {
        put(chunks[at]!.node, mark);
        if (chunks[at]!.node === mark.range.endContainer) break;
      }
    }
  }
  return index;
}

const chunkStarts = new WeakMap<Segment, Map<Node, number>>();

/** The text offset where `mark` starts within its segment. */
function startOf(segment: Segment, mark: Mark): number {
  let starts = chunkStarts.get(segment);
  if (!starts) {
    starts = new Map(segment.pageText.chunks.map((chunk) => [chunk.node, chunk.start]));
    chunkStarts.set(segment, starts);
  }
  return (starts.get(mark.range.startContainer) ?? 0) + mark.range.startOffset;
}
