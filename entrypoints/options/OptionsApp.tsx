// The options page: the actor and note manager, import and export, detection settings and privacy.
// A card opens in place; its address (#actor=ID) lets the hover card's "Open card" land on it.
import { useEffect, useState } from 'preact/hooks';
import { CardPanel } from '../../lib/ui/card-panel';
import { useActorCard } from '../../lib/ui/use-actor-card';
import { ActorManager } from './ActorManager';
import { BackupPanel } from './BackupPanel';
import { SettingsPanel } from './SettingsPanel';

function actorIdFromHash(): number | null {
  const match = /^#actor=(\d+)$/.exec(location.hash);
  return match ? Number(match[1]) : null;
}

/** The whole options page. */
export function OptionsApp() {
  const cards = useActorCard();
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const follow = (): void => {
      const actorId = actorIdFromHash();
      if (actorId === null) cards.close();
      else void cards.openById(actorId);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const changed = (): void => setRevision((value) => value + 1);

  return (
    <main class="options">
      <header class="options-header">
        <h1>Dossier</h1>
        <p class="status">Your cards, notes and settings. Everything here stays on this computer.</p>
      </header>
      {cards.card || cards.error ? (
        <CardPanel
          controls={{
            ...cards,
            close: () => {
              history.replaceState(null, '', location.pathname);
              cards.close();
              changed();
            },
          }}
          backLabel="Back to all actors"
        />
      ) : null}
      <div hidden={Boolean(cards.card)}>
        <ActorManager onOpen={(actorId) => (location.hash = `actor=${actorId}`)} revision={revision} />
        <BackupPanel onChanged={changed} />
        <SettingsPanel onChanged={changed} />
      </div>
    </main>
  );
}
