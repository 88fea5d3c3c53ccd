// Lets the reader say which column of a CSV file holds which field (name, title, country, ...).
import type { ColumnMapping, MappedField } from '../lib/import/types';

const FIELD_LABELS: [MappedField, string][] = [
  ['name', 'Name'],
  ['aliases', 'Other spellings'],
  ['title', 'Role or title'],
  ['country', 'Country'],
  ['organisation', 'Organisation'],
  ['asOf', 'In office since'],
  ['end', 'In office until'],
  ['kind', 'Kind'],
  ['description', 'Description'],
  ['link', 'Link'],
  ['wikidata', 'Wikidata id'],
];

export interface ColumnMapperProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** One labelled select per field, listing the file's columns. */
export function ColumnMapper({ headers, mapping, onChange }: ColumnMapperProps) {
  return (
    <fieldset class="column-mapper">
      <legend>Which column holds what</legend>
      {FIELD_LABELS.map(([field, label]) => (
        <label key={field} class="field">
          <span>{label}</span>
          <select
            value={mapping[field] === undefined ? '' : String(mapping[field])}
            onChange={(event) => {
              const value = event.currentTarget.value;
              const next: ColumnMapping = { ...mapping };
              if (value === '') delete next[field];
              else next[field] = Number(value);
              onChange(next);
            }}
          >
            <option value="">(none)</option>
            {headers.map((header, index) => (
              <option key={`${index}-${header}`} value={String(index)}>
                {header || `Column ${index + 1}`}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
