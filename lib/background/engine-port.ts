// Serves the engine port: content scripts of this extension send page text over it and get the
// engine's analysis back, one answer per request, in order. A port from anywhere else is closed, and a
// malformed request gets an error answer, never an exception.
import { ENGINE_PORT, type EngineAnswer, type PortLike } from '../messaging';
import { analyseForPage } from './page-analysis';

/** Takes a newly connected port: serves it when it is the engine port of this extension. */
export function serveEnginePort(port: PortLike, extension: { id: string }): void {
  if (port.name !== ENGINE_PORT) return;
  if (port.sender?.id !== extension.id) {
    port.disconnect();
    return;
  }
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((message) => {
    const id = (message as { id?: unknown } | null)?.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) return;
    let answer: EngineAnswer;
    try {
      answer = { id, ok: true, value: analyseForPage(message) };
    } catch (error) {
      answer = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // The tab may have gone while the engine worked.
    if (!open) return;
    try {
      port.postMessage(answer);
    } catch {
      open = false;
    }
  });
}
