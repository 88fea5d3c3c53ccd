// Notices single-page navigation (history.pushState, back and forward) without patching the page's
// history and without polling: the Navigation API where the browser has it, popstate and hashchange
// otherwise, and a cheap address check that callers run on every batch of DOM changes.

interface NavigationLike {
  addEventListener(type: string, listener: () => void, options: AddEventListenerOptions): void;
}

/** Tracks the page address (fragment aside); calls `onChange` once per new address. */
export class LocationWatch {
  private href: string;

  constructor(
    private readonly onChange: (href: string) => void,
    signal: AbortSignal,
  ) {
    this.href = pageAddress();
    const check = (): void => {
      this.check();
    };
    window.addEventListener('popstate', check, { signal });
    window.addEventListener('hashchange', check, { signal });
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    navigation?.addEventListener('navigatesuccess', check, { signal });
  }

  /** Compares the address with the last one seen; cheap enough for every mutation batch. */
  check(): boolean {
    const href = pageAddress();
    if (href === this.href) return false;
    this.href = href;
    this.onChange(this.href);
    return true;
  }
}

/** The address without its fragment: jumping to an anchor is not a new page. */
function pageAddress(): string {
  return location.href.split('#')[0]!;
}
