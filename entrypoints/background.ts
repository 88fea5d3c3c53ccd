// Background wiring only: owns the database, answers typed messages, keeps the badge and the command.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../lib/background/message-handlers';
import { routeMessage } from '../lib/background/message-router';
import { getDatabase } from '../lib/db/database';
import { updateSettings } from '../lib/settings/settings-store';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const handlers = createHandlers(getDatabase(), {
    showBadge(tabId, count) {
      void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
      void action.setBadgeBackgroundColor({ tabId, color: '#3b4a6b' }).catch(() => {});
    },
    async openCardPage(actorId) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#actor=${actorId}`) });
    },
  });
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    routeMessage(message, sender, handlers, extension),
  );

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') {
      void updateSettings((settings) => ({ ...settings, highlights: !settings.highlights }));
    }
  });
});
