// The popup's view of the open page: its officials, claims and other people, or why there are none.
import { ActorList } from '../../components/ActorList';
import { ClaimList } from '../../components/ClaimList';
import type { PageActor } from '../../lib/model/findings';
import type { FindingsState } from './use-page-findings';

export interface PageFindingsViewProps {
  state: FindingsState;
  siteOff: boolean;
  hostname: string | null;
  onOpenActor: (actor: PageActor) => void;
  onFocusClaim: (index: number) => void;
}

/** Lists of the page's findings, or a plain status line. */
export function PageFindingsView({
  state,
  siteOff,
  hostname,
  onOpenActor,
  onFocusClaim,
}: PageFindingsViewProps) {
  if (state.status === 'loading') return <p class="status">Reading this page…</p>;
  if (state.status === 'unavailable') {
    return (
      <p class="status">
        Dossier can’t read this page. It works on news articles served over http or https; reload the page if
        it was open before Dossier was installed.
      </p>
    );
  }
  const { findings } = state;
  if (!findings.analysed) {
    return (
      <p class="status">
        {siteOff ? `Dossier is off on ${hostname}.` : 'No article text found on this page.'}
      </p>
    );
  }
  return (
    <>
      <ActorList
        heading="Officials"
        actors={findings.officials}
        emptyText="No named officials found on this page."
        onOpen={onOpenActor}
      />
      <ClaimList claims={findings.claims} onFocus={onFocusClaim} />
      {findings.people.length > 0 ? (
        <ActorList heading="Other people" actors={findings.people} emptyText="" onOpen={onOpenActor} />
      ) : null}
    </>
  );
}
