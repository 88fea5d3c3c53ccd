// Owns the one element Dossier adds to a page: a host with a closed shadow root holding the hover
// card and a screen-reader live region. Created on first use, removed on dispose. Never focuses
// anything, never covers the page beyond the card itself.
import { OVERLAY_CSS } from './overlay-styles';

/** Tag of the host element: a custom name, so that the page's element styles do not match it. */
export const OVERLAY_TAG = 'dossier-overlay';

/** Dossier's in-page UI surface. */
export class OverlayHost {
  private host: HTMLElement | null = null;
  private cardElement: HTMLElement | null = null;
  private liveElement: HTMLElement | null = null;

  /** True when `node` is the host (so that observers and text readers can leave it out). */
  owns(node: Node): boolean {
    return node === this.host;
  }

  /** The host element, when it exists. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** The card element, created with the host on first use. */
  card(): HTMLElement {
    this.ensure();
    return this.cardElement!;
  }

  /** Says `message` to screen readers through the polite live region. */
  announce(message: string): void {
    this.ensure();
    // Emptying first makes a repeated message be read again.
    this.liveElement!.textContent = '';
    this.liveElement!.textContent = message;
  }

  /** What the card and the live region hold now, as text. */
  describe(): { card: string | null; announcement: string } {
    const card = this.cardElement && !this.cardElement.hidden ? this.cardElement.textContent : null;
    return { card, announcement: this.liveElement?.textContent ?? '' };
  }

  /** Removes the host and everything in it. */
  dispose(): void {
    this.host?.remove();
    this.host = null;
    this.cardElement = null;
    this.liveElement = null;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const host = document.createElement(OVERLAY_TAG);
    host.style.setProperty('all', 'initial');
    host.style.setProperty('position', 'fixed');
    host.style.setProperty('inset', '0 auto auto 0');
    host.style.setProperty('width', '0');
    host.style.setProperty('height', '0');
    host.style.setProperty('z-index', '2147483647');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'group');
    card.setAttribute('aria-label', 'Dossier');
    card.hidden = true;
    const live = document.createElement('div');
    live.className = 'sr';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    root.append(style, live, card);
    document.documentElement.append(host);
    this.host = host;
    this.cardElement = card;
    this.liveElement = live;
  }
}
