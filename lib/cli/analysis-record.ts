// The CLI's JSON record for one document, exactly as the DESIGN.md contract specifies.
import type { Analysis } from '../detect/index';

/** One output line of `dossier analyze --jsonl`. */
export interface AnalysisRecord {
  id: string | number | null;
  people: { start: number; end: number }[];
  officials: { start: number; end: number; title?: string; name?: string }[];
  claims: { start: number; end: number; category: string; cues: { start: number; end: number }[] }[];
}

/** Builds the contract record (offsets are UTF-16 indexes into the analysed text, end exclusive). */
export function toRecord(id: string | number | null, analysis: Analysis): AnalysisRecord {
  return {
    id,
    people: analysis.people.map((p) => ({ start: p.start, end: p.end })),
    officials: analysis.officials.map((o) => {
      const out: AnalysisRecord['officials'][number] = { start: o.start, end: o.end };
      if (o.title) out.title = o.title;
      if (o.name) out.name = o.name;
      return out;
    }),
    claims: analysis.claims.map((c) => ({
      start: c.start,
      end: c.end,
      category: c.category,
      cues: c.cues.map((q) => ({ start: q.start, end: q.end })),
    })),
  };
}
