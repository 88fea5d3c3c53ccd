// The highlight marks of a page: each detected span as a StaticRange plus what the hover card and the
// screen-reader announcement say about it. Plain data built from an analysis; no painting, no UI.
import type { Analysis, ClaimCategory } from '../detect/types';
import { spanToStaticRange } from './static-ranges';
import type { PageText } from './visible-text';

/** What a mark of a named official says. */
export interface OfficialInfo {
  actorKey: string;
  name: string;
  aliases: string[];
  title?: string;
  country?: string;
}

/** What a mark of an unconfirmed claim says. */
export interface ClaimInfo {
  category: ClaimCategory;
  reason: string;
  cues: string[];
  source?: string;
}

/** One highlighted span of the page. */
export type Mark =
  | { kind: 'official'; range: StaticRange; official: OfficialInfo }
  | { kind: 'claim'; range: StaticRange; claim: ClaimInfo };

/** Reader-facing names of claim categories. */
export const CLAIM_KIND_LABELS: Readonly<Record<ClaimCategory, string>> = {
  anonymous: 'Anonymous source',
  secondhand: 'Second-hand report',
  unverified: 'Unverified or disputed',
  speculative: 'Speculation',
};

/** Marks for every official mention and claim of `analysis`, whose spans index `pageText.text`. */
export function marksOf(pageText: PageText, analysis: Analysis): Mark[] {
  const actors = new Map(analysis.actors.map((actor) => [actor.key, actor]));
  const marks: Mark[] = [];
  for (const mention of analysis.officials) {
    const range = spanToStaticRange(pageText, mention.start, mention.end);
    if (!range) continue;
    const actor = actors.get(mention.actorKey);
    const title = mention.title ?? actor?.title;
    marks.push({
      kind: 'official',
      range,
      official: {
        actorKey: mention.actorKey,
        name: actor?.name ?? mention.name,
        aliases: actor?.aliases ?? [],
        ...(title ? { title } : {}),
        ...(actor?.country ? { country: actor.country } : {}),
      },
    });
  }
  for (const claim of analysis.claims) {
    const range = spanToStaticRange(pageText, claim.start, claim.end);
    if (!range) continue;
    marks.push({
      kind: 'claim',
      range,
      claim: {
        category: claim.category,
        reason: claim.reason,
        cues: claim.cues.map((cue) => pageText.text.slice(cue.start, cue.end)),
        ...(claim.source ? { source: claim.source } : {}),
      },
    });
  }
  return marks;
}

/** Orders two marks by where they start in the document. */
export function compareMarks(a: Mark, b: Mark): number {
  const nodeA = a.range.startContainer;
  const nodeB = b.range.startContainer;
  if (nodeA === nodeB) return a.range.startOffset - b.range.startOffset || (a.kind === 'claim' ? -1 : 1);
  const position = nodeA.compareDocumentPosition(nodeB);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
