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

export interface ClaimListProps {
  claims: readonly PageClaim[];
  /** Asks the page to scroll to the claim and pulse its highlight. */
  onFocus: (index: number) => void;
}

/** A titled list of claims; each shows its kind, an excerpt, and why it was flagged. */
export function ClaimList({ claims, onFocus }: ClaimListProps) {
  return (
    <section class="panel" aria-label="Unconfirmed claims">
      <h2>
        Unconfirmed claims <span class="count">{claims.length}</span>
      </h2>
      {claims.length === 0 ? (
        <p class="empty">No unconfirmed claims found on this page.</p>
      ) : (
        <ul class="rows">
          {claims.map((claim) => (
            <li key={claim.index}>
              <button
                type="button"
                class={`row claim-row claim-${claim.category}`}
                onClick={() => onFocus(claim.index)}
              >
                <span class="claim-kind">{CLAIM_KIND_LABELS[claim.category]}</span>
                <span class="claim-excerpt">{claim.excerpt}</span>
                <span class="claim-reason">
                  {claim.reason}
                  {claim.cues.length > 0 ? ` (“${claim.cues.join('”, “')}”)` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
