// The content script's end of the engine port: opens it on demand (or ahead of the first request,
// while the page's text is still being read), numbers requests and settles each with its answer.
// When the background goes away (Chrome stops an idle service worker), the requests it had not
// answered are sent once more over a new port; a second loss fails them.

import type { AnalyzeOptions } from '../../lib/detect/types';
import {
  ENGINE_PORT,
  type EngineAnswer,
  type EngineRequest,
  type PortLike,
  type RemoteAnalysis,
} from '../../lib/messaging';

interface Pending {
  request: EngineRequest;
  resolve(value: RemoteAnalysis): void;
  reject(error: Error): void;
  /** Times the request was sent. */
  sends: number;
}

/** Requests and answers over one engine port at a time. */
export class EngineConnection {
  private port: PortLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** `connect` opens a new port named {@link ENGINE_PORT} (runtime.connect); it may throw. */
  constructor(private readonly connect: (name: string) => PortLike) {}

  /** Opens the port now, so that the first request does not wait for it. False when it cannot be opened. */
  open(): boolean {
    if (this.port) return true;
    try {
      const port = this.connect(ENGINE_PORT);
      port.onMessage.addListener((message) => this.settle(message as EngineAnswer));
      port.onDisconnect.addListener(() => this.lost(port));
      this.port = port;
      return true;
    } catch {
      // The extension's context is gone (it was updated or reloaded).
      return false;
    }
  }

  /** The engine's analysis of `text`; rejects when the background cannot be reached. */
  analyse(text: string, options: AnalyzeOptions): Promise<RemoteAnalysis> {
    return new Promise((resolve, reject) => {
      const request: EngineRequest = { id: this.nextId++, text, options };
      const pending: Pending = { request, resolve, reject, sends: 0 };
      this.pending.set(request.id, pending);
      this.send(pending);
    });
  }

  /** Closes the port and fails what is still waiting (the content script is going away). */
  close(): void {
    const port = this.port;
    this.port = null;
    try {
      port?.disconnect();
    } catch {
      // Already gone with the extension's context.
    }
    this.failAll(new Error('Dossier stopped on this page.'));
  }

  private send(pending: Pending): void {
    pending.sends += 1;
    try {
      if (!this.open()) throw new Error('The Dossier background cannot be reached.');
      this.port?.postMessage(pending.request);
    } catch (error) {
      this.pending.delete(pending.request.id);
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private settle(answer: EngineAnswer): void {
    const pending = typeof answer?.id === 'number' ? this.pending.get(answer.id) : undefined;
    if (!pending) return;
    this.pending.delete(answer.id);
    if (answer.ok) pending.resolve(answer.value);
    else pending.reject(new Error(answer.error));
  }

  private lost(port: PortLike): void {
    if (this.port !== port) return;
    this.port = null;
    const unanswered = [...this.pending.values()];
    for (const pending of unanswered) {
      if (pending.sends >= 2) {
        this.pending.delete(pending.request.id);
        pending.reject(new Error('The Dossier background did not answer.'));
      } else this.send(pending);
    }
  }

  private failAll(error: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const pending of all) pending.reject(error);
  }
}
