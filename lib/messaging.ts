// The one typed protocol between content script, background, popup and options: verbs, payloads,
// the envelope they travel in, and the senders. Handlers live with their context.
import { browser } from 'wxt/browser';
import type { Analysis, AnalyzeOptions, KnownActor } from './detect/types';
import type { ActorPreview, PageActor, PageFindings, PageRef } from './model/findings';
import type { Settings } from './settings/settings';

/**
 * Verbs the background answers. Each key is a verb; `request` is its payload, `response` its answer.
 * Extension pages (popup, options) read and write the database directly, in the same origin; these
 * verbs serve content scripts, which must never open the database themselves. A page can forge
 * anything a content script sends, so no verb here lists, exports, changes or deletes notes.
 */
export interface BackgroundProtocol {
  /** Content script: this page was analysed. Creates cards for new actors, records sightings, sets the badge. */
  pageAnalysed: {
    request: { page: PageRef; actors: PageActor[]; claimCount: number };
    response: { recorded: number };
  };
  /**
   * Content script, while the reader hovers or focuses a highlight: the stored card's role and the
   * start of the latest note, or null when Dossier has no card under any of these names.
   */
  getActorPreview: { request: { names: string[] }; response: ActorPreview | null };
  /**
   * Content script: the stored actors (role, country, official or not; never notes) whose names
   * are made of these normalised words of the page, so that saved and imported actors are found.
   */
  lookupKnownActors: { request: { words: string[] }; response: KnownActor[] };
  /** Content script, as it starts: the reader's settings (the site switch first among them). */
  getSettings: { request: Record<string, never>; response: Settings };
  /** Content script or extension pages: opens the actor's full card in the options page. */
  openCardPage: { request: { actorId: number }; response: { opened: true } };
}

/** An analysis done in the background, with the engine's own time (the rest of a round trip is messaging). */
export interface RemoteAnalysis {
  analysis: Analysis;
  engineMs: number;
}

/**
 * Name of the port a content script opens to the background's analysis engine. Page text travels
 * only this way: a port is opened once per page and keeps its requests in order, where each
 * one-off message would open a channel of its own.
 */
export const ENGINE_PORT = 'dossier-engine';

/** A request on the engine port: analyse `text`; the answer carries the same `id`. */
export interface EngineRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/** The answer to an {@link EngineRequest}. */
export type EngineAnswer = { id: number } & Reply<RemoteAnalysis>;

/** The part of a runtime port Dossier uses, at either end. */
export interface PortLike {
  readonly name: string;
  readonly sender?: { id?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  readonly onMessage: { addListener(listener: (message: unknown) => void): void };
  readonly onDisconnect: { addListener(listener: () => void): void };
}

/** Verbs a content script answers, sent to its tab. */
export interface ContentProtocol {
  /** Extension pages: what Dossier found on this page. */
  getPageFindings: { request: Record<string, never>; response: PageFindings };
  /** Extension pages: scrolls to the page's claim number `index` and pulses its highlight. */
  focusClaim: { request: { index: number }; response: { found: boolean } };
  /** Background (keyboard commands): moves to the next or previous highlight, scrolls to it and pulses it. */
  stepHighlight: { request: { direction: 'next' | 'previous' }; response: { found: boolean } };
  /** Extension pages: what Dossier's in-page UI shows now, as text (the hover card, the last announcement). */
  describeOverlay: {
    request: Record<string, never>;
    response: { card: string | null; announcement: string };
  };
}

export type BackgroundVerb = keyof BackgroundProtocol;
export type ContentVerb = keyof ContentProtocol;

/** How every Dossier message travels. */
export interface Envelope<Verb extends string = string> {
  dossier: 1;
  verb: Verb;
  payload: unknown;
}

/** How every answer travels: errors come back as text, never as exceptions across contexts. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** True when `message` looks like a Dossier envelope (the payload is checked by its handler). */
export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Partial<Envelope>;
  return candidate.dossier === 1 && typeof candidate.verb === 'string';
}

/** Sends a request to the background and returns its answer; throws the background's error. */
export async function sendToBackground<V extends BackgroundVerb>(
  verb: V,
  payload: BackgroundProtocol[V]['request'],
): Promise<BackgroundProtocol[V]['response']> {
  const envelope: Envelope<V> = { dossier: 1, verb, payload };
  return unwrap<BackgroundProtocol[V]['response']>(await browser.runtime.sendMessage(envelope), verb);
}

/** Sends a request to the content script of a tab and returns its answer. */
export async function sendToTab<V extends ContentVerb>(
  tabId: number,
  verb: V,
  payload: ContentProtocol[V]['request'],
): Promise<ContentProtocol[V]['response']> {
  const envelope: Envelope<V> = { dossier: 1, verb, payload };
  return unwrap<ContentProtocol[V]['response']>(await browser.tabs.sendMessage(tabId, envelope), verb);
}

function unwrap<T>(reply: unknown, verb: string): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`No answer to "${verb}".`);
  }
  const typed = reply as Reply<T>;
  if (!typed.ok) throw new Error(typed.error);
  return typed.value;
}
