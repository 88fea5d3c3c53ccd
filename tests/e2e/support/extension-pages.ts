// What both browsers do the same way through an extension page: message a tab's content script,
// run code with the extension API, and find a page's tab id. Only the API's global name differs.
import type { TestBrowser, TestPage } from './browser-session';

type TabsApi = {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** The helpers, over a function that opens an extension page; `api` is `chrome` or `browser`. */
export function extensionPageHelpers(
  openExtensionPage: (path: string) => Promise<TestPage>,
  api: 'chrome' | 'browser',
): Pick<TestBrowser, 'sendToTab' | 'evaluateInExtension' | 'tabIdOf'> {
  // One extension page carries every message of a test run (opening one per message is slow);
  // opening it is tried twice, as an extension page's first load can fail while it starts.
  let messenger: TestPage | null = null;
  const extensionMessenger = async (): Promise<TestPage> => {
    messenger ??= await openExtensionPage('popup.html?probe=1').catch(() =>
      openExtensionPage('popup.html?probe=1'),
    );
    return messenger;
  };

  return {
    async sendToTab(tabId, message) {
      const page = await extensionMessenger();
      return page.evaluate(
        ({ id, body, name }) =>
          (globalThis as unknown as Record<string, TabsApi>)[name]!.tabs.sendMessage(id, body),
        { id: tabId, body: message, name: api },
      );
    },
    async evaluateInExtension(fn, arg) {
      const page = await extensionMessenger();
      return page.evaluate(fn, arg);
    },
    async tabIdOf(target) {
      const probe = await openExtensionPage('popup.html?probe=1');
      await target.bringToFront();
      const id = await probe.evaluate(async (name) => {
        const tabs = (globalThis as unknown as Record<string, TabsApi>)[name]!.tabs;
        const [tab] = await tabs.query({ active: true, currentWindow: true });
        return tab?.id ?? -1;
      }, api);
      await probe.close();
      if (id < 0) throw new Error('No active tab found');
      return id;
    },
  };
}
