// Flags unconfirmed claims in plain text. (Being written: placeholder returns nothing.)
import type { AnalyzeOptions, Claim } from '../types';

export function findClaims(_text: string, _options: AnalyzeOptions): Claim[] {
  return [];
}
