// The popup: switches, the page's officials, people and claims, and an actor's card.
import { ActorCardView } from '../../components/ActorCardView';
import { ActorList } from '../../components/ActorList';
import { ClaimList } from '../../components/ClaimList';
import { Switch } from '../../components/Switch';
import { isSiteEnabled, withSiteEnabled } from '../../lib/settings/settings';
import { useActorCard } from './use-actor-card';
import { usePageFindings } from './use-page-findings';
import { useSettings } from './use-settings';
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
  const findings = state.status === 'ready' ? state.findings : null;
  const hostname = findings ? hostnameOf(findings.url) : null;
  const page = findings ? { url: findings.url, title: findings.title } : undefined;

  if (cards.card) {
    return (
      <main class="popup">
        <ActorCardView card={cards.card} onBack={cards.close} onSaveNote={cards.saveNote} />
      </main>
    );
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Dossier</h1>
        {settings ? (
          <div class="switches">
            <Switch
              label="Highlights"
              checked={settings.highlights}
              onChange={(on) => changeSettings((s) => ({ ...s, highlights: on }))}
            />
            <Switch
              label="Officials"
              checked={settings.officials}
              onChange={(on) => changeSettings((s) => ({ ...s, officials: on }))}
            />
            <Switch
              label="Claims"
              checked={settings.claims}
              onChange={(on) => changeSettings((s) => ({ ...s, claims: on }))}
            />
            {hostname ? (
              <Switch
                label="On this site"
                checked={isSiteEnabled(settings, hostname)}
                onChange={(on) => changeSettings((s) => withSiteEnabled(s, hostname, on))}
              />
            ) : null}
          </div>
        ) : null}
      </header>
      {cards.error ? (
        <p class="error" role="alert">
          {cards.error}
        </p>
      ) : null}
      {state.status === 'loading' ? <p class="status">Reading this page…</p> : null}
      {state.status === 'unavailable' ? (
        <p class="status">
          Dossier can’t read this page. It works on news articles served over http or https; reload the page
          if it was open before Dossier was installed.
        </p>
      ) : null}
      {findings && !findings.analysed ? (
        <p class="status">
          {hostname && settings && !isSiteEnabled(settings, hostname)
            ? `Dossier is off on ${hostname}.`
            : 'No article text found on this page.'}
        </p>
      ) : null}
      {findings?.analysed ? (
        <>
          <ActorList
            heading="Officials"
            actors={findings.officials}
            emptyText="No named officials found on this page."
            onOpen={(actor) => void cards.open(actor, page)}
          />
          <ClaimList claims={findings.claims} />
          {findings.people.length > 0 ? (
            <ActorList
              heading="Other people"
              actors={findings.people}
              emptyText=""
              onOpen={(actor) => void cards.open(actor, page)}
            />
          ) : null}
        </>
      ) : null}
    </main>
  );
}
