// Summarises an analysis of the page for the popup: actors split into officials and people,
// claims with a short excerpt. Pure: no DOM.
import type { Analysis } from '../detect/types';
import type { PageActor, PageClaim, PageFindings, PageRef } from '../model/findings';

const EXCERPT_LENGTH = 140;

/** Shortens a claim's sentence for a list, on a word boundary. */
export function excerptOf(sentence: string, limit: number = EXCERPT_LENGTH): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > limit / 2 ? lastSpace : limit).trimEnd()}…`;
}

/** Canonical names of the officials mentioned between `start` and `end`, each once, in order. */
function officialsWithin(analysis: Analysis, start: number, end: number): string[] {
  const names = new Set<string>();
  for (const mention of analysis.officials) {
    if (mention.start >= start && mention.end <= end) names.add(mention.name);
  }
  return [...names];
}

/** The findings the popup lists, from the text that was analysed and its analysis. */
export function summarizeFindings(page: PageRef, text: string, analysis: Analysis | null): PageFindings {
  if (!analysis) return { ...page, analysed: false, officials: [], people: [], claims: [] };
  const actors: PageActor[] = analysis.actors.map((actor) => ({
    key: actor.key,
    name: actor.name,
    aliases: actor.aliases,
    isOfficial: actor.isOfficial,
    ...(actor.title ? { title: actor.title } : {}),
    ...(actor.country ? { country: actor.country } : {}),
    ...(actor.organisation ? { organisation: actor.organisation } : {}),
    mentionCount: actor.mentionCount,
  }));
  const byMentions = (a: PageActor, b: PageActor): number => b.mentionCount - a.mentionCount;
  const claims: PageClaim[] = analysis.claims.map((claim, index) => {
    const about = officialsWithin(analysis, claim.start, claim.end);
    return {
      index,
      excerpt: excerptOf(text.slice(claim.start, claim.end)),
      category: claim.category,
      reason: claim.reason,
      cues: claim.cues.map((cue) => text.slice(cue.start, cue.end)),
      ...(claim.source ? { source: claim.source } : {}),
      ...(about.length > 0 ? { about } : {}),
    };
  });
  return {
    ...page,
    analysed: true,
    officials: actors.filter((actor) => actor.isOfficial).sort(byMentions),
    people: actors.filter((actor) => !actor.isOfficial).sort(byMentions),
    claims,
  };
}
