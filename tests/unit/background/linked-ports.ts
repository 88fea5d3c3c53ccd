// Two ends of a runtime port, as the browser links a content script's runtime.connect to the
// background's onConnect: messages cross as copies and arrive in a later task, in order. Also the
// content script's engine connection with the background's own code serving its ports.
import { EngineConnection } from '../../../entrypoints/content/engine-connection';
import { serveEnginePort } from '../../../lib/background/engine-port';
import type { PortLike } from '../../../lib/messaging';

type Listener<A extends unknown[]> = (...args: A) => void;

class FakePort implements PortLike {
  other: FakePort | null = null;
  connected = true;
  private readonly messageListeners: Listener<[unknown]>[] = [];
  private readonly disconnectListeners: Listener<[]>[] = [];
  readonly onMessage = {
    addListener: (listener: Listener<[unknown]>) => this.messageListeners.push(listener),
  };
  readonly onDisconnect = {
    addListener: (listener: Listener<[]>) => this.disconnectListeners.push(listener),
  };

  constructor(
    readonly name: string,
    readonly sender?: { id?: string },
  ) {}

  postMessage(message: unknown): void {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    const copy = structuredClone(message);
    const target = this.other;
    setTimeout(() => {
      if (target?.connected) for (const listener of target.messageListeners) listener(copy);
    }, 0);
  }

  /** Closes this end; the other end hears of it (as the browser tells it). */
  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    const other = this.other;
    if (other?.connected) {
      other.connected = false;
      for (const listener of other.disconnectListeners) listener();
    }
  }
}

/** A port named `name`: the content script's end, and the background's with the sender it sees. */
export function linkedPorts(name: string, senderId: string): { client: PortLike; server: PortLike } {
  const client = new FakePort(name);
  const server = new FakePort(name, { id: senderId });
  client.other = server;
  server.other = client;
  return { client, server };
}

/** The extension both ends belong to. */
export const EXTENSION = { id: 'dossier-extension-id' };

/** An engine connection whose ports the background's code serves; `ports` lists the background's ends. */
export function servedEngine(): { engine: EngineConnection; ports: PortLike[] } {
  const ports: PortLike[] = [];
  const engine = new EngineConnection((name) => {
    const { client, server } = linkedPorts(name, EXTENSION.id);
    ports.push(server);
    serveEnginePort(server, EXTENSION);
    return client;
  });
  return { engine, ports };
}
