// Background wiring only: owns the database, answers typed messages, keeps the badge and the command.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { addSelectionAsActor } from '../lib/background/add-selection';
import { serveEnginePort } from '../lib/background/engine-port';
import { warmUpEngine } from '../lib/background/engine-warm-up';
import { createHandlers } from '../lib/background/message-handlers';
import { routeMessage } from '../lib/background/message-router';
import { createSettingsCache } from '../lib/background/settings-cache';
import { getDatabase } from '../lib/db/database';
import { checkIfDue } from '../lib/db/repair';
import { sendToTab } from '../lib/messaging';
import { updateSettings } from '../lib/settings/settings-store';

const ADD_SELECTION_MENU = 'dossier-add-selection';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const db = getDatabase();
  const settings = createSettingsCache();
  // A daily integrity check; it never drops a note (see lib/db/repair.ts).
  void checkIfDue(db).catch(() => {});
  const handlers = createHandlers(db, {
    showBadge(tabId, count) {
      void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
      void action.setBadgeBackgroundColor({ tabId, color: '#3b4a6b' }).catch(() => {});
    },
    settings,
    async openCardPage(actorId) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#actor=${actorId}`) });
    },
  });
  const extension = { id: browser.runtime.id };

  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    routeMessage(message, sender, handlers, extension),
  );
  browser.runtime.onConnect.addListener((port) => serveEnginePort(port, extension));

  // The engine analyses pages here: set it up now, after this start-up's own messages, rather than on
  // a page's first request. A tab starting to load wakes a stopped service worker, so that the engine
  // is up and warm by the time that page's content script asks.
  warmUpEngine();
  browser.tabs.onUpdated.addListener((_tabId, change) => {
    if (change.status === 'loading') warmUpEngine();
  });

  // "Add to Dossier" on a selection: the reader names an actor the page analysis missed.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus?.removeAll().then(() =>
      browser.contextMenus.create({
        id: ADD_SELECTION_MENU,
        title: 'Add “%s” to Dossier',
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ADD_SELECTION_MENU || !info.selectionText) return;
    const page = { url: tab?.url ?? info.pageUrl ?? '', title: tab?.title ?? '' };
    void addSelectionAsActor(db, info.selectionText, page).then(async (actorId) => {
      if (actorId !== null)
        await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#actor=${actorId}`) });
    });
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-highlights') {
      void updateSettings((settings) => ({ ...settings, highlights: !settings.highlights }));
    }
    if ((command === 'next-highlight' || command === 'previous-highlight') && tab?.id !== undefined) {
      const direction = command === 'next-highlight' ? 'next' : 'previous';
      void sendToTab(tab.id, 'stepHighlight', { direction }).catch(() => {});
    }
  });
});
