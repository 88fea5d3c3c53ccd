// Content script wiring only: settings -> analyse -> highlight -> observe, and answers the popup.
import './highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type ContentProtocol, isEnvelope, type Reply, sendToBackground } from '../../lib/messaging';
import { watchAddedText } from '../../lib/page/added-text-watcher';
import { looksLikeArticle } from '../../lib/page/article-check';
import { clearAllHighlights } from '../../lib/page/highlight-registry';
import { summarizeFindings } from '../../lib/page/page-findings';
import { type PageScan, scanPage } from '../../lib/page/page-scan';
import { paintFindings } from '../../lib/page/paint-findings';
import { isSiteEnabled, type Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const lifetime = new AbortController();
    ctx.onInvalidated(() => {
      lifetime.abort();
      clearAllHighlights();
    });
    let settings: Settings = await loadSettings();
    let scan: PageScan | null = null;
    const siteEnabled = (): boolean => isSiteEnabled(settings, location.hostname);
    const page = () => ({ url: location.href, title: document.title });

    const rescan = (): void => {
      scan =
        siteEnabled() && looksLikeArticle(document)
          ? scanPage(document.body, { sensitivity: settings.sensitivity })
          : null;
      paintFindings(scan, settings, siteEnabled());
      if (!scan) return;
      const findings = summarizeFindings(page(), scan.pageText.text, scan.analysis);
      const actors = [...findings.officials, ...findings.people];
      void sendToBackground('pageAnalysed', {
        page: page(),
        actors,
        claimCount: findings.claims.length,
      }).catch(() => {});
    };

    watchSettings((next) => {
      const needsRescan =
        next.sensitivity !== settings.sensitivity || siteEnabled() !== isSiteEnabled(next, location.hostname);
      settings = next;
      if (needsRescan || (!scan && siteEnabled())) rescan();
      else paintFindings(scan, settings, siteEnabled());
    }, lifetime.signal);

    const answer = (
      message: unknown,
      sender: { id?: string },
    ): Promise<Reply<ContentProtocol['getPageFindings']['response']>> | undefined => {
      if (sender.id !== browser.runtime.id || !isEnvelope(message) || message.verb !== 'getPageFindings')
        return undefined;
      return Promise.resolve({
        ok: true,
        value: summarizeFindings(page(), scan?.pageText.text ?? '', scan?.analysis ?? null),
      });
    };
    browser.runtime.onMessage.addListener(answer);
    lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(answer));

    rescan();
    watchAddedText(document.body, () => siteEnabled() && rescan(), {
      delayMs: 250,
      signal: lifetime.signal,
      setTimer: (run, ms) => ctx.setTimeout(run, ms),
    });
  },
});
