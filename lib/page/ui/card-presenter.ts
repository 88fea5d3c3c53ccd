// Shows and hides the hover card for one mark at a time. Asks for the stored card of an official
// only while that official's card is on show, and drops answers that arrive after the reader moved on.
import type { ActorPreview } from '../../model/findings';
import type { Mark } from '../marks';
import { placeCard, renderClaimCard, renderOfficialCard } from './card-view';
import type { OverlayHost } from './overlay-host';

/** What the card needs from the extension (given by the content script). */
export interface CardServices {
  /** The stored card under any of these names, or null; asked only while the card is on show. */
  fetchPreview(names: string[]): Promise<ActorPreview | null>;
  /** Opens the full card of a stored actor. */
  openCard(actorId: number): void;
}

/** The hover card's state. */
export class CardPresenter {
  private shown: Mark | null = null;
  private shownFor: 'hover' | 'focus' | null = null;

  constructor(
    private readonly overlay: OverlayHost,
    private readonly services: CardServices,
  ) {}

  /** The mark whose card is on show, if any. */
  get current(): Mark | null {
    return this.shown;
  }

  /** Why the card is on show: the pointer rests on its highlight, or the reader moved to it. */
  get origin(): 'hover' | 'focus' | null {
    return this.shownFor;
  }

  /** Shows `mark`'s card next to `anchor` (a viewport rectangle of the highlight). */
  show(mark: Mark, anchor: DOMRect, origin: 'hover' | 'focus'): void {
    this.shownFor = origin;
    if (this.shown === mark) return;
    this.shown = mark;
    const card = this.overlay.card();
    if (mark.kind === 'claim') renderClaimCard(card, mark.claim);
    else {
      const { official } = mark;
      renderOfficialCard(card, official, null, this.services.openCard);
      void this.services
        .fetchPreview([official.name, ...official.aliases])
        .then((preview) => {
          if (this.shown !== mark || !preview) return;
          renderOfficialCard(card, official, preview, this.services.openCard);
          placeCard(card, anchor);
        })
        .catch(() => {});
    }
    card.hidden = false;
    placeCard(card, anchor);
  }

  /** Hides the card. */
  hide(): void {
    if (!this.shown) return;
    this.shown = null;
    this.shownFor = null;
    const card = this.overlay.card();
    card.hidden = true;
    card.replaceChildren();
  }
}
