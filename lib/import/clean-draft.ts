// Cleans one draft actor: name recasing and nickname, every string trimmed, stripped and capped, dates
// made ISO, links kept only when http(s). Says why when the draft has no usable name.
import type { ActorKind } from '../model/records';
import type { ActorDraft } from './actor-draft';
import { cleanLink, cleanText } from './clean-text';
import { toIsoDate } from './iso-date';
import {
  MAX_COUNTRY_CHARS,
  MAX_DESCRIPTION_CHARS,
  MAX_EXTERNAL_IDS,
  MAX_ID_CHARS,
  MAX_LINK_CHARS,
  MAX_LINKS,
  MAX_NAME_CHARS,
  MAX_ROLES,
} from './limits';
import { recaseName, splitQuotedNickname } from './name-case';
import { importNameKey } from './name-key';
import type { ImportedRole } from './types';
import { isEntityReference } from './wikidata-id';

/** A draft after cleaning: every field present is valid and within its limits. */
export interface CleanDraft {
  row: number;
  name: string;
  key: string;
  aliases: string[];
  kind: ActorKind;
  roles: ImportedRole[];
  country?: string;
  organisation?: string;
  description?: string;
  links: string[];
  externalIds: Record<string, string>;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Text fields that hold a bare identifier or address instead of words are dropped. */
function cleanWords(value: string | undefined, maxChars: number): string | undefined {
  const text = cleanText(value, maxChars);
  return text && !isEntityReference(text) && HAS_WORD.test(text) ? text : undefined;
}

function cleanRole(role: ImportedRole): ImportedRole | undefined {
  const title = cleanWords(role.title, MAX_NAME_CHARS);
  if (!title) return undefined;
  const clean: ImportedRole = { title };
  const country = cleanWords(role.country, MAX_COUNTRY_CHARS);
  const organisation = cleanWords(role.organisation, MAX_NAME_CHARS);
  const start = toIsoDate(role.start);
  const end = toIsoDate(role.end);
  if (country) clean.country = country;
  if (organisation) clean.organisation = organisation;
  if (start) clean.start = start;
  if (end) clean.end = end;
  return clean;
}

function cleanIds(ids: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  let count = 0;
  for (const [key, value] of Object.entries(ids ?? {})) {
    const k = cleanText(key, MAX_ID_CHARS);
    const v = cleanText(value, MAX_ID_CHARS);
    if (!k || !v || k === '__proto__' || count >= MAX_EXTERNAL_IDS) continue;
    out[k] = v;
    count++;
  }
  return out;
}

/** The cleaned draft, or the reason it cannot be imported. */
export function cleanDraft(draft: ActorDraft, defaultKind: ActorKind): CleanDraft | string {
  const published = cleanText(draft.name, MAX_NAME_CHARS);
  if (!published) return 'No name';
  if (isEntityReference(published)) return `No name, only the identifier ${published}`;
  const kind = draft.kind ?? defaultKind;
  const split = splitQuotedNickname(published);
  const name = kind === 'official' || kind === 'person' ? recaseName(split.name) : split.name;
  const key = importNameKey(name);
  if (!key || !HAS_WORD.test(name)) return 'The name has no letters or digits';
  const aliases: string[] = [];
  if (published !== name) aliases.push(published);
  if (split.nickname) aliases.push(`${split.nickname} ${name.slice(name.lastIndexOf(' ') + 1)}`);
  for (const alias of draft.aliases ?? []) {
    const clean = cleanText(alias, MAX_NAME_CHARS);
    if (clean && HAS_WORD.test(clean) && !isEntityReference(clean)) aliases.push(clean);
  }
  const roles: ImportedRole[] = [];
  for (const role of draft.roles ?? []) {
    const clean = cleanRole(role);
    if (clean && roles.length < MAX_ROLES) roles.push(clean);
  }
  const links: string[] = [];
  for (const link of draft.links ?? []) {
    const clean = cleanLink(link, MAX_LINK_CHARS);
    if (clean && links.length < MAX_LINKS && !links.includes(clean)) links.push(clean);
  }
  const out: CleanDraft = {
    row: draft.row,
    name,
    key,
    aliases,
    kind,
    roles,
    links,
    externalIds: cleanIds(draft.externalIds),
  };
  const country = cleanWords(draft.country, MAX_COUNTRY_CHARS);
  const organisation = cleanWords(draft.organisation, MAX_NAME_CHARS);
  const description = cleanText(draft.description, MAX_DESCRIPTION_CHARS);
  if (country) out.country = country;
  if (organisation) out.organisation = organisation;
  if (description) out.description = description;
  return out;
}
