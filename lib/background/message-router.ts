// Routes one incoming message: checks the envelope and the sender, runs the handler, wraps the answer.
import { type BackgroundVerb, isEnvelope, type Reply } from '../messaging';
import type { Handlers } from './message-handlers';

/** What the router needs to know of a runtime message's sender. */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Answers one message. Never throws: every failure becomes `{ ok: false, error }`. */
export async function routeMessage(
  message: unknown,
  sender: RawSender,
  handlers: Handlers,
  extension: { id: string },
): Promise<Reply<unknown>> {
  try {
    if (!isEnvelope(message)) return { ok: false, error: 'Not a Dossier message.' };
    if (sender.id !== extension.id)
      return { ok: false, error: 'Messages from other extensions are refused.' };
    if (!Object.hasOwn(handlers, message.verb))
      return { ok: false, error: `Unknown verb "${message.verb}".` };
    const verb = message.verb as BackgroundVerb;
    const tabId = sender.tab?.id;
    const value = await handlers[verb](message.payload, tabId === undefined ? {} : { tabId });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
