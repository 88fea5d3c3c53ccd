// The popup: switches, the page's officials, people and claims, and an actor's card.

import { useEffect, useState } from 'preact/hooks';
import { ActorHitList } from '../../components/ActorHitList';
import { type ActorFilter, ActorSearchForm } from '../../components/ActorSearchForm';
import { HighlightSwitches } from '../../components/HighlightSwitches';
import { Switch } from '../../components/Switch';
import { sendToTab } from '../../lib/messaging';
import { isSiteEnabled, withSiteEnabled } from '../../lib/settings/settings';
import { CardPanel } from '../../lib/ui/card-panel';
import { useActorCard } from '../../lib/ui/use-actor-card';
import { useActorSearch } from '../../lib/ui/use-actor-search';
import { useSettings } from '../../lib/ui/use-settings';
import { PageFindingsView } from './PageFindingsView';
import { usePageFindings } from './use-page-findings';
import { useTargetTab } from './use-target-tab';

function hostnameOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** The whole popup. */
export function App() {
  const tabId = useTargetTab();
  const [settings, changeSettings] = useSettings();
  const state = usePageFindings(tabId, settings?.disabledSites.join(' ') + String(settings?.sensitivity));
  const cards = useActorCard();
  const [filter, setFilter] = useState<ActorFilter>({ text: '', kind: '', country: '', sort: 'name' });
  const searching = filter.text.trim().length > 0;
  const { hits } = useActorSearch({ text: filter.text, limit: 30 }, { enabled: searching });
  const findings = state.status === 'ready' ? state.findings : null;
  useEffect(() => {
    // User Timing mark read by the cards benchmark: the popup has shown the page's findings.
    if (state.status !== 'loading') performance.mark('dossier:popup-ready');
  }, [state.status]);
  const hostname = findings ? hostnameOf(findings.url) : null;
  const page = findings ? { url: findings.url, title: findings.title } : undefined;

  if (cards.card) {
    return (
      <main class="popup">
        <h1 class="visually-hidden">Dossier</h1>
        <CardPanel controls={cards} />
      </main>
    );
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Dossier</h1>
        {settings ? (
          <HighlightSwitches settings={settings} onChange={changeSettings}>
            {hostname ? (
              <Switch
                label="On this site"
                checked={isSiteEnabled(settings, hostname)}
                onChange={(on) => changeSettings((s) => withSiteEnabled(s, hostname, on))}
              />
            ) : null}
          </HighlightSwitches>
        ) : null}
      </header>
      <ActorSearchForm filter={filter} countries={[]} showFilters={false} onChange={setFilter} />
      {cards.error ? (
        <p class="error" role="alert">
          {cards.error}
        </p>
      ) : null}
      {searching ? (
        <section class="panel" aria-label="Your cards">
          <ActorHitList
            hits={hits}
            emptyText="No card or note matches."
            onOpen={(actorId) => void cards.openById(actorId)}
          />
        </section>
      ) : (
        <PageFindingsView
          state={state}
          siteOff={Boolean(hostname && settings && !isSiteEnabled(settings, hostname))}
          hostname={hostname}
          onOpenActor={(actor) => void cards.openFromPage(actor, page)}
          onFocusClaim={(index) => {
            if (typeof tabId === 'number') void sendToTab(tabId, 'focusClaim', { index }).catch(() => {});
          }}
        />
      )}
    </main>
  );
}
