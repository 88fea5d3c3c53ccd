// Fetches one JSON document with a time limit and a size limit, without cookies or referrer. Any
// failure becomes a LookupError naming the service, never a crash.
import { LookupError } from './lookup-error';

/** The part of `fetch` a look-up uses (tests pass their own). */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** How one request is made and bounded. */
export interface JsonRequest {
  /** The service's name for messages, e.g. "Wikidata". */
  service: string;
  fetch: FetchFunction;
  timeoutMs: number;
  maxBytes: number;
}

/** A non-success HTTP status (kept apart so that callers can treat "not found" as no answer). */
export class HttpStatusError extends LookupError {
  constructor(
    service: string,
    readonly status: number,
  ) {
    super(`${service} answered with an error (HTTP ${status}).`);
  }
}

async function readLimited(response: Response, request: JsonRequest): Promise<string> {
  const tooLarge = (): LookupError =>
    new LookupError(
      `${request.service} sent more than ${Math.round(request.maxBytes / 1024)} KB; nothing was used.`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > request.maxBytes) throw tooLarge();
  if (!response.body) {
    const text = await response.text();
    if (text.length > request.maxBytes) throw tooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > request.maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The parsed JSON at `url`; throws a LookupError when there is none within the limits. */
export async function fetchJson(url: string, request: JsonRequest): Promise<unknown> {
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), request.timeoutMs);
  try {
    let response: Response;
    try {
      response = await request.fetch(url, {
        signal: timer.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
      });
    } catch {
      throw timer.signal.aborted
        ? new LookupError(`${request.service} did not answer within ${request.timeoutMs / 1000} seconds.`)
        : new LookupError(`${request.service} could not be reached. Check the connection and try again.`);
    }
    if (!response.ok) throw new HttpStatusError(request.service, response.status);
    let text: string;
    try {
      text = await readLimited(response, request);
    } catch (failure) {
      if (failure instanceof LookupError) throw failure;
      throw new LookupError(
        timer.signal.aborted
          ? `${request.service} did not finish answering within ${request.timeoutMs / 1000} seconds.`
          : `${request.service}'s answer broke off.`,
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new LookupError(`${request.service} sent something that is not JSON; nothing was used.`);
    }
  } finally {
    clearTimeout(timeout);
  }
}
