// Answers the verbs a content script serves (ContentProtocol), for senders of this extension only:
// a web page can never reach these answers. Validates every payload before acting on it.
import { browser } from 'wxt/browser';
import { type ContentProtocol, type ContentVerb, isEnvelope, type Reply } from '../../lib/messaging';
import type { DossierPage } from '../../lib/page/dossier-page';

type Answer = ContentProtocol[ContentVerb]['response'];

function answerFor(page: DossierPage, verb: string, payload: unknown): Answer | undefined {
  const body = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  switch (verb) {
    case 'getPageFindings':
      return page.findings();
    case 'focusClaim':
      return { found: Number.isInteger(body.index) && page.focusClaim(body.index as number) };
    case 'stepHighlight':
      return {
        found: (body.direction === 'next' || body.direction === 'previous') && page.step(body.direction),
      };
    case 'describeOverlay':
      return page.describeOverlay();
    default:
      return undefined;
  }
}

/** Answers extension pages and the background for `page` until `signal` aborts. */
export function answerMessages(page: DossierPage, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string }): Promise<Reply<Answer>> | undefined => {
    if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    const value = answerFor(page, message.verb, message.payload);
    return value === undefined ? undefined : Promise.resolve({ ok: true, value });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        // After an extension update the old script's API is gone, and its listener with it.
      }
    },
    { once: true },
  );
}
