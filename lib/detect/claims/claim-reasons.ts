// Category precedence and the one-line reasons shown to the reader for each kind of claim.
import type { ClaimCategory } from '../types';

/** When several categories apply, the first present in this order wins. */
export const CATEGORY_ORDER: readonly ClaimCategory[] = [
  'unverified',
  'anonymous',
  'secondhand',
  'speculative',
];

const REASONS: Readonly<Record<ClaimCategory, string>> = {
  unverified: 'The article says this is unverified or denied',
  anonymous: 'Attributed to unnamed sources',
  secondhand: 'Relayed from other reports',
  speculative: 'Speculation, not established fact',
};

/** The plain-English reason for a claim of `category`, naming the relayed outlet when known. */
export function claimReason(category: ClaimCategory, source?: string): string {
  if (category === 'secondhand' && source) return `Relayed from a report by ${source}`;
  return REASONS[category];
}
