// Lists the unconfirmed claims of a page: excerpt, kind and the reason it was flagged.
import type { ClaimCategory } from '../lib/detect/types';
import type { PageClaim } from '../lib/model/findings';

/** Reader-facing names of claim kinds. */
export const CLAIM_KIND_LABELS: Record<ClaimCategory, string> = {
  anonymous: 'Anonymous source',
  secondhand: 'Second-hand report',
  unverified: 'Unverified or denied',
  speculative: 'Speculation',
};

/** The order the popup lists claim kinds in: the plainest sourcing problems first. */
const CLAIM_ORDER: readonly ClaimCategory[] = ['anonymous', 'secondhand', 'unverified', 'speculative'];

export interface ClaimListProps {
  claims: readonly PageClaim[];
  /** Asks the page to scroll to the claim and pulse its highlight. */
  onFocus: (index: number) => void;
}

/** The claims grouped by kind; each shows an excerpt, why it was flagged, its source and who it is about. */
export function ClaimList({ claims, onFocus }: ClaimListProps) {
  const groups = CLAIM_ORDER.map(
    (category) => [category, claims.filter((claim) => claim.category === category)] as const,
  ).filter(([, members]) => members.length > 0);
  return (
    <section class="panel" aria-label="Unconfirmed claims">
      <h2>
        Unconfirmed claims <span class="count">{claims.length}</span>
      </h2>
      {claims.length === 0 ? <p class="empty">No unconfirmed claims found on this page.</p> : null}
      {groups.map(([category, members]) => (
        <div key={category} class="claim-group">
          <h3 class={`claim-kind claim-${category}`}>
            {CLAIM_KIND_LABELS[category]} <span class="count">{members.length}</span>
          </h3>
          <ul class="rows">
            {members.map((claim) => (
              <li key={claim.index}>
                <button
                  type="button"
                  class={`row claim-row claim-${claim.category}`}
                  onClick={() => onFocus(claim.index)}
                >
                  <span class="claim-excerpt">{claim.excerpt}</span>
                  <span class="claim-reason">
                    {claim.reason}
                    {claim.cues.length > 0 ? ` (“${claim.cues.join('”, “')}”)` : ''}
                    {claim.source ? `. Source: ${claim.source}` : ''}
                    {claim.about ? `. About: ${claim.about.join(', ')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
