// Opens an actor's card through the background (which owns the database) and saves notes on it.
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging';
import type { ActorCard, PageActor, PageRef } from '../../lib/model/findings';

export interface ActorCardControls {
  card: ActorCard | null;
  error: string | null;
  open: (actor: PageActor, page?: PageRef) => Promise<void>;
  close: () => void;
  saveNote: (text: string) => Promise<void>;
}

/** State and actions for the card shown in the popup. */
export function useActorCard(): ActorCardControls {
  const [card, setCard] = useState<ActorCard | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = async (actor: PageActor, page?: PageRef): Promise<void> => {
    setError(null);
    try {
      setCard(await sendToBackground('openActorCard', page ? { actor, page } : { actor }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const saveNote = async (text: string): Promise<void> => {
    if (!card?.actor.id) throw new Error('No card is open.');
    const actorId = card.actor.id;
    await sendToBackground('saveNote', { actorId, text });
    const refreshed = await sendToBackground('getActorCard', { actorId });
    if (refreshed) setCard(refreshed);
  };

  return { card, error, open, close: () => setCard(null), saveNote };
}
