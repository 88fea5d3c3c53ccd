// The options page: opens the card named in the address (#actor=ID), for the hover card's "Open card".
import { useEffect, useState } from 'preact/hooks';
import { ActorCardView } from '../../components/ActorCardView';
import { sendToBackground } from '../../lib/messaging';
import type { ActorCard } from '../../lib/model/findings';

function actorIdFromHash(): number | null {
  const match = /^#actor=(\d+)$/.exec(location.hash);
  return match ? Number(match[1]) : null;
}

/** The whole options page. */
export function OptionsApp() {
  const [card, setCard] = useState<ActorCard | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = (actorId: number | null): void => {
    if (actorId === null) {
      setCard(null);
      return;
    }
    sendToBackground('getActorCard', { actorId })
      .then((loaded) => {
        setCard(loaded);
        setError(loaded ? null : 'That card no longer exists.');
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };

  useEffect(() => {
    load(actorIdFromHash());
    const onHash = (): void => load(actorIdFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const saveNote = async (text: string): Promise<void> => {
    if (!card?.actor.id) return;
    await sendToBackground('saveNote', { actorId: card.actor.id, text });
    load(card.actor.id);
  };

  return (
    <main class="options">
      <h1>Dossier</h1>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {card ? (
        <ActorCardView
          card={card}
          onBack={() => {
            location.hash = '';
          }}
          onSaveNote={saveNote}
        />
      ) : (
        <p class="status">Open a card from the popup or from a highlight’s hover card.</p>
      )}
    </main>
  );
}
