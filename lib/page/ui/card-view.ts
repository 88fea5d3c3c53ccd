// Fills the hover card with what a highlight means: for an official, name, role, country and the
// start of the reader's latest note (only while the reader hovers); for a claim, its kind, the words
// that gave it away and the reason. Page and note text is only ever set as text, never as markup.
import type { ActorPreview } from '../../model/findings';
import { CLAIM_KIND_LABELS, type ClaimInfo, type OfficialInfo } from '../marks';

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Replaces the card's content with an official's details; `preview` is the stored card, if any. */
export function renderOfficialCard(
  card: HTMLElement,
  official: OfficialInfo,
  preview: ActorPreview | null,
  onOpenCard: (actorId: number) => void,
): void {
  const title = preview?.title ?? official.title;
  const country = preview?.country ?? official.country;
  const parts: HTMLElement[] = [element('p', 'kind', 'Official'), element('p', 'title', official.name)];
  if (title) parts.push(element('p', 'line', title));
  if (country) parts.push(element('p', 'line muted', country));
  if (preview?.latestNote) parts.push(element('p', 'note', preview.latestNote.text));
  if (preview) {
    const open = element('button', '', 'Open card') as HTMLButtonElement;
    open.type = 'button';
    open.addEventListener('click', () => onOpenCard(preview.actorId));
    parts.push(open);
  }
  card.replaceChildren(...parts);
}

/** Replaces the card's content with a claim's kind, cue words and reason. */
export function renderClaimCard(card: HTMLElement, claim: ClaimInfo): void {
  const parts: HTMLElement[] = [
    element('p', 'kind', 'Unconfirmed claim'),
    element('p', 'title', CLAIM_KIND_LABELS[claim.category]),
    element('p', 'line', claim.reason),
  ];
  if (claim.source) parts.push(element('p', 'line muted', `Source: ${claim.source}`));
  if (claim.cues.length > 0) {
    const cues = element('p', 'cues');
    cues.append(element('span', 'muted', 'Cue words: '));
    for (const cue of claim.cues) cues.append(element('span', 'cue', cue));
    parts.push(cues);
  }
  card.replaceChildren(...parts);
}

/** Places the card just below `anchor` (or above it when there is no room), inside the viewport. */
export function placeCard(card: HTMLElement, anchor: DOMRect): void {
  card.style.left = '0px';
  card.style.top = '0px';
  const { width, height } = card.getBoundingClientRect();
  const margin = 8;
  const left = Math.min(Math.max(margin, anchor.left), window.innerWidth - width - margin);
  const below = anchor.bottom + 6;
  const top =
    below + height + margin <= window.innerHeight ? below : Math.max(margin, anchor.top - height - 6);
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}
