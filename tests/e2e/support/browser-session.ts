// What an E2E test needs from a browser with Dossier loaded, the same for Chromium and Firefox.

/** A page (tab) in a test browser. */
export interface TestPage {
  /** Runs `fn` in the page and returns its (serialisable) result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `fn` returns a truthy value in the page; never sleeps for a fixed time. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Clicks the control with this ARIA role and accessible name (or, with `exact` false, a name containing it). */
  clickByRole(role: string, name: string, exact?: boolean): Promise<void>;
  /** Picks the option shown as `option` in the select labelled `label`, as a reader would. */
  chooseOption(label: string, option: string): Promise<void>;
  /** Types `text` into the text box with this accessible name. */
  fillByRole(role: string, name: string, text: string): Promise<void>;
  /** Sets the size of the page's viewport (e.g. popup width for screenshots). */
  setViewport(width: number, height: number): Promise<void>;
  /** Writes a PNG screenshot of the page. */
  screenshot(path: string): Promise<void>;
  /** Runs a script's source text in the page (e.g. an accessibility checker) and returns its value. */
  runScript(source: string): Promise<unknown>;
  /** Gives the file input with this accessible name a file from disk, as a reader choosing it would. */
  chooseFile(label: string, path: string): Promise<void>;
  /** Moves the mouse to viewport point (x, y) in a few real pointer moves. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key combination, Playwright style: "Alt+Shift+KeyN", "Escape". */
  press(keys: string): Promise<void>;
  /** Makes this tab the active one of its window. */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the built extension installed. */
export interface TestBrowser {
  name: 'chromium' | 'firefox';
  /** Opens a web page in a new tab. */
  openPage(url: string): Promise<TestPage>;
  /** Opens an extension page (e.g. "popup.html?tabId=3") in a new tab, once the page has loaded. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The extension's tab id for `page` (it becomes the active tab; asked from an extension page). */
  tabIdOf(page: TestPage): Promise<number>;
  /** Sends `message` to the content script of tab `tabId` from an extension page; returns the answer. */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** Runs `fn` in an extension page (extension APIs as `chrome` / `browser`) and returns its result. */
  evaluateInExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Stops the extension's background service worker, as Chrome does after 30 s idle (Chromium only). */
  stopBackground?(): Promise<void>;
  close(): Promise<void>;
}
