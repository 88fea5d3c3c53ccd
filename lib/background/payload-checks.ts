// Validates message payloads field by field. Anything a content script sends may be forged by a page.
import type { KnownActor } from '../detect/types';
import type { PageActor, PageRef } from '../model/findings';

/** A payload that does not have the promised shape; the message says which field. */
export class PayloadError extends Error {
  override name = 'PayloadError';
}

type Fields = Record<string, unknown>;

/** The payload as a plain object, or a PayloadError. */
export function readObject(value: unknown, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PayloadError(`${what} must be an object.`);
  }
  return value as Fields;
}

/** A string of at most `max` characters. */
export function readString(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') throw new PayloadError(`${what} must be text.`);
  if (value.length > max) throw new PayloadError(`${what} is too long.`);
  return value;
}

/** An optional string of at most `max` characters; empty strings count as absent. */
export function readOptionalString(value: unknown, what: string, max: number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return readString(value, what, max);
}

/** A whole number >= 0. */
export function readCount(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new PayloadError(`${what} must be a whole number.`);
  }
  return value;
}

/** A database id: a whole number >= 1. */
export function readId(value: unknown, what: string): number {
  const id = readCount(value, what);
  if (id < 1) throw new PayloadError(`${what} must be a stored id.`);
  return id;
}

/** An http(s) page reference. */
export function readPageRef(value: unknown): PageRef {
  const fields = readObject(value, 'page');
  const url = readString(fields.url, 'page.url', 4096);
  if (!/^https?:\/\//i.test(url)) throw new PayloadError('page.url must be an http or https address.');
  return { url, title: readString(fields.title ?? '', 'page.title', 1000) };
}

const NAME_LIMIT = 200;

/** An actor's own fields (name, spellings, official or not, role, country, organisation), named `what` in errors. */
export function readKnownActor(value: unknown, what = 'knownActor'): KnownActor & { aliases: string[] } {
  const fields = readObject(value, what);
  const name = readString(fields.name, `${what}.name`, NAME_LIMIT).trim();
  if (name.length === 0) throw new PayloadError(`${what}.name is empty.`);
  const aliases = readList(fields.aliases ?? [], `${what}.aliases`, 50, (alias) =>
    readString(alias, `${what}.aliases[]`, NAME_LIMIT),
  );
  if (typeof fields.isOfficial !== 'boolean')
    throw new PayloadError(`${what}.isOfficial must be true or false.`);
  const title = readOptionalString(fields.title, `${what}.title`, NAME_LIMIT);
  const country = readOptionalString(fields.country, `${what}.country`, 100);
  const organisation = readOptionalString(fields.organisation, `${what}.organisation`, NAME_LIMIT);
  return {
    name,
    aliases,
    isOfficial: fields.isOfficial,
    ...(title ? { title } : {}),
    ...(country ? { country } : {}),
    ...(organisation ? { organisation } : {}),
  };
}

/** An actor as a page presents it: its own fields, the page's key for it and its mention count. */
export function readPageActor(value: unknown): PageActor {
  const fields = readObject(value, 'actor');
  return {
    key: readString(fields.key, 'actor.key', NAME_LIMIT),
    ...readKnownActor(fields, 'actor'),
    mentionCount: readCount(fields.mentionCount, 'actor.mentionCount'),
  };
}

/** A list of at most `max` items, each read by `readItem`. */
export function readList<T>(value: unknown, what: string, max: number, readItem: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) throw new PayloadError(`${what} must be a list.`);
  if (value.length > max) throw new PayloadError(`${what} has more than ${max} items.`);
  return value.map(readItem);
}
