// Content script wiring only: settings -> Dossier on this page (analyse, highlight, observe, card,
// navigation) -> answers to the popup and the background. Everything dies with the script's context.
import './highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../../lib/messaging';
import { DossierPage } from '../../lib/page/dossier-page';
import { applyHighlightColours } from '../../lib/page/highlight-colours';
import { clearAllHighlights } from '../../lib/page/highlight-registry';
import { recordMark } from '../../lib/page/page-clock';
import { normalizeSettings, type Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';
import { answerMessages } from './answer-messages';
import { EngineConnection } from './engine-connection';

/**
 * The reader's settings. Firefox answers a content script's first storage read slowly (10-50 ms
 * measured) and a message to its always-running background page quickly, so there the background,
 * which keeps the settings current, is asked (storage itself if it cannot answer). Chrome reads
 * storage in about 3 ms, and its service worker may be asleep: there storage is read.
 */
async function settingsForPage(): Promise<Settings> {
  if (!import.meta.env.FIREFOX) return loadSettings();
  try {
    return normalizeSettings(await sendToBackground('getSettings', {}));
  } catch {
    return loadSettings();
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    recordMark('start');
    const lifetime = new AbortController();
    ctx.onInvalidated(() => {
      lifetime.abort();
      clearAllHighlights();
    });
    const settings = await settingsForPage();
    recordMark('settings-loaded');
    if (lifetime.signal.aborted) return;
    applyHighlightColours(settings);
    const engine = new EngineConnection((name) => browser.runtime.connect({ name }));
    lifetime.signal.addEventListener('abort', () => engine.close(), { once: true });

    const page = new DossierPage(settings, {
      signal: lifetime.signal,
      report(findings) {
        void sendToBackground('pageAnalysed', {
          page: { url: findings.url, title: findings.title },
          // The background takes at most 500 actors a page; officials first, as the badge counts them.
          actors: [...findings.officials, ...findings.people].slice(0, 500),
          claimCount: findings.claims.length,
        }).catch(() => {});
      },
      card: {
        // Asked only while the reader hovers a highlight: notes reach the page no other way.
        fetchPreview: (names) => sendToBackground('getActorPreview', { names }),
        openCard(actorId) {
          void sendToBackground('openCardPage', { actorId }).catch(() => {});
        },
      },
      analyse: (text, options) => engine.analyse(text, options),
      prepareAnalysis: () => engine.open(),
      lookupKnownActors: (words) => sendToBackground('lookupKnownActors', { words }),
      setTimer: (run, ms) => ctx.setTimeout(run, ms),
      clearTimer: (id) => clearTimeout(id),
    });

    // After an extension update or reload the browser leaves this script running with a dead
    // context. The reader's next move on the page notices it (reading ctx.isInvalid fires
    // onInvalidated), and Dossier's highlights and listeners go; no polling.
    const noticeDeadContext = (): boolean => ctx.isInvalid;
    for (const type of ['pointermove', 'keydown', 'scroll', 'visibilitychange']) {
      document.addEventListener(type, noticeDeadContext, {
        capture: true,
        passive: true,
        signal: lifetime.signal,
      });
    }

    watchSettings((next) => {
      page.apply(next);
      applyHighlightColours(next);
    }, lifetime.signal);
    answerMessages(page, lifetime.signal);
  },
});
