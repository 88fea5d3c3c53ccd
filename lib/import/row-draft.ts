// Turns one row of cells (a CSV record, or a SPARQL result row) into a draft actor through a column
// mapping. Shared by the CSV, SPARQL CSV and SPARQL JSON readers.
import { type ActorDraft, parseKind, splitAliases } from './actor-draft';
import type { ColumnMapping, ImportedRole, MappedField } from './types';
import { wikidataId } from './wikidata-id';

const NON_SPACE = /\S/;

function cell(cells: readonly string[], mapping: ColumnMapping, field: MappedField): string | undefined {
  const index = mapping[field];
  if (index === undefined) return undefined;
  const value = cells[index]?.trim();
  return value ? value : undefined;
}

/**
 * The draft for one row, or undefined for a row with no content at all (blank lines are ignored, not
 * reported). `commaAliases` also splits the aliases cell on commas (Wikidata alt-label lists).
 */
export function draftFromRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  row: number,
  commaAliases: boolean,
): ActorDraft | undefined {
  if (!cells.some((value) => NON_SPACE.test(value))) return undefined;
  const name = cell(cells, mapping, 'name') ?? '';
  const title = cell(cells, mapping, 'title');
  const country = cell(cells, mapping, 'country');
  const organisation = cell(cells, mapping, 'organisation');
  const draft: ActorDraft = {
    row,
    name,
    aliases: splitAliases(cell(cells, mapping, 'aliases'), commaAliases),
  };
  const kind = parseKind(cell(cells, mapping, 'kind'));
  if (kind) draft.kind = kind;
  if (title) {
    const role: ImportedRole = { title };
    const start = cell(cells, mapping, 'asOf');
    const end = cell(cells, mapping, 'end');
    if (country) role.country = country;
    if (organisation) role.organisation = organisation;
    if (start) role.start = start;
    if (end) role.end = end;
    draft.roles = [role];
  }
  if (country) draft.country = country;
  if (organisation) draft.organisation = organisation;
  const description = cell(cells, mapping, 'description');
  if (description) draft.description = description;
  const link = cell(cells, mapping, 'link');
  if (link) draft.links = [link];
  const wikidata = wikidataId(cell(cells, mapping, 'wikidata'));
  if (wikidata) draft.externalIds = { wikidata };
  return draft;
}
