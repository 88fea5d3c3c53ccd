// Reads Wikidata API answers (wbsearchentities, wbgetentities) defensively: every field is checked,
// anything malformed is skipped, and an API error becomes a clear LookupError.
import { asList, asObject, asText, field, isUnsafeCharacter, type JsonObject, path } from './json-fields';
import { LookupError } from './lookup-error';
import { MAX_DESCRIPTION_LENGTH, MAX_POSITIONS } from './lookup-result';

const ENTITY_ID = /^Q[1-9]\d{0,11}$/;
/** A page or file title MediaWiki could hold: 1 to 255 characters, none of its forbidden ones. */
function isTitle(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 255 &&
    !/[#<>[\]|{}]/.test(value) &&
    !Array.from(value).some(isUnsafeCharacter)
  );
}

/** A Wikidata position statement before its label is known. */
export interface PositionStatement {
  positionId: string;
  start?: string;
  end?: string;
}

/** The parts of a Wikidata item a card uses. */
export interface WikidataEntity {
  id: string;
  description?: string;
  positions: PositionStatement[];
  /** The Commons file name of the item's image (P18). */
  imageFile?: string;
  /** The title of its English Wikipedia article. */
  enwikiTitle?: string;
}

/** True for a well-formed item id such as "Q42". */
export function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && ENTITY_ID.test(value);
}

function checkForApiError(json: unknown): JsonObject {
  const answer = asObject(json);
  if (!answer) throw new LookupError('Wikidata sent an answer of the wrong shape; nothing was used.');
  const error = asObject(field(answer, 'error'));
  if (error) {
    const info = asText(field(error, 'info'), 200) ?? asText(field(error, 'code'), 80) ?? 'no reason given';
    throw new LookupError(`Wikidata refused the request: ${info}`);
  }
  return answer;
}

/** The item ids a name search found, best first (at most `limit`). */
export function parseSearchResults(json: unknown, limit = 5): string[] {
  const answer = checkForApiError(json);
  const hits = field(answer, 'search');
  if (!Array.isArray(hits))
    throw new LookupError('Wikidata sent a search answer without results; nothing was used.');
  const ids = asList(hits, 50)
    .map((hit) => field(asObject(hit), 'id'))
    .filter(isEntityId);
  return [...new Set(ids)].slice(0, limit);
}

/** A Wikidata time value as an ISO date of its precision (year, month or day), or undefined. */
export function wikidataDate(value: unknown): string | undefined {
  const time = field(asObject(value), 'time');
  const precision = field(asObject(value), 'precision');
  if (typeof time !== 'string' || typeof precision !== 'number') return undefined;
  const match = /^\+(\d{4})-(\d{2})-(\d{2})T/.exec(time);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (precision === 9) return year;
  if (precision === 10 && month !== '00') return `${year}-${month}`;
  if (precision >= 11 && month !== '00' && day !== '00') return `${year}-${month}-${day}`;
  return undefined;
}

function qualifierDate(statement: JsonObject, property: string): string | undefined {
  const [first] = asList(path(statement, 'qualifiers', property), 1);
  if (field(asObject(first), 'snaktype') !== 'value') return undefined;
  return wikidataDate(path(first, 'datavalue', 'value'));
}

function itemValue(statement: JsonObject): string | undefined {
  if (path(statement, 'mainsnak', 'snaktype') !== 'value') return undefined;
  const id = path(statement, 'mainsnak', 'datavalue', 'value', 'id');
  return isEntityId(id) ? id : undefined;
}

function positionsOf(claims: unknown): PositionStatement[] {
  const positions: PositionStatement[] = [];
  for (const raw of asList(field(asObject(claims), 'P39'), 500)) {
    const statement = asObject(raw);
    if (!statement || field(statement, 'rank') === 'deprecated') continue;
    const positionId = itemValue(statement);
    if (!positionId) continue;
    const start = qualifierDate(statement, 'P580');
    const end = qualifierDate(statement, 'P582');
    positions.push({ positionId, ...(start ? { start } : {}), ...(end ? { end } : {}) });
    if (positions.length >= MAX_POSITIONS) break;
  }
  return positions;
}

function imageOf(claims: unknown): string | undefined {
  for (const raw of asList(field(asObject(claims), 'P18'), 10)) {
    const statement = asObject(raw);
    if (!statement || field(statement, 'rank') === 'deprecated') continue;
    if (path(statement, 'mainsnak', 'snaktype') !== 'value') continue;
    const file = path(statement, 'mainsnak', 'datavalue', 'value');
    if (isTitle(file) && !file.includes('/')) return file;
  }
  return undefined;
}

/** The item `id` from a wbgetentities answer; throws when the answer does not hold it. */
export function parseEntity(json: unknown, id: string): WikidataEntity {
  const answer = checkForApiError(json);
  const entity = asObject(path(answer, 'entities', id));
  if (!entity || field(entity, 'missing') !== undefined) throw new LookupError(`Wikidata has no item ${id}.`);
  const description = asText(path(entity, 'descriptions', 'en', 'value'), MAX_DESCRIPTION_LENGTH);
  const title = path(entity, 'sitelinks', 'enwiki', 'title');
  const imageFile = imageOf(field(entity, 'claims'));
  return {
    id,
    ...(description ? { description } : {}),
    positions: positionsOf(field(entity, 'claims')),
    ...(imageFile ? { imageFile } : {}),
    ...(isTitle(title) ? { enwikiTitle: title } : {}),
  };
}

/** English labels of items from a wbgetentities answer (props=labels); ids without one are left out. */
export function parseLabels(json: unknown): Map<string, string> {
  const entities = asObject(field(checkForApiError(json), 'entities'));
  const labels = new Map<string, string>();
  for (const id of Object.keys(entities ?? {}).slice(0, 100)) {
    if (!isEntityId(id)) continue;
    const label = asText(path(entities, id, 'labels', 'en', 'value'), 200);
    if (label) labels.set(id, label);
  }
  return labels;
}
