// Guesses which CSV column holds which field from the header names that officials lists, spreadsheets
// and Wikidata query exports commonly use. The reader can correct the guess on the options page.
import type { ColumnMapping, MappedField } from './types';

// Header names per field, best first, compared after folding case and dropping spaces, "_", "-" and "?".
const HEADERS: Record<MappedField, readonly string[]> = {
  name: [
    'name',
    'fullname',
    'displayname',
    'officialfull',
    'canonicalname',
    'officeholderlabel',
    'personlabel',
    'humanlabel',
    'itemlabel',
    'politicianlabel',
    'holderlabel',
    'nameaspublished',
    'label',
    'actor',
    'person',
    'officeholder',
    'politician',
    'holder',
    'item',
  ],
  aliases: [
    'aliases',
    'alias',
    'altlabel',
    'officeholderaltlabel',
    'personaltlabel',
    'itemaltlabel',
    'othernames',
    'alsoknownas',
    'aka',
    'spellings',
    'variants',
  ],
  title: [
    'title',
    'positionlabel',
    'position',
    'role',
    'office',
    'officelabel',
    'post',
    'job',
    'jobtitle',
    'rolelabel',
    'positionheldlabel',
  ],
  country: ['countrylabel', 'country', 'nation', 'nationlabel', 'jurisdictionlabel', 'jurisdiction'],
  organisation: [
    'organisation',
    'organization',
    'org',
    'organisationlabel',
    'organizationlabel',
    'body',
    'institution',
    'ministry',
    'department',
    'agency',
    'party',
    'partylabel',
  ],
  asOf: [
    'asof',
    'start',
    'startyear',
    'startdate',
    'starttime',
    'since',
    'from',
    'date',
    'year',
    'validfrom',
  ],
  end: ['end', 'endyear', 'enddate', 'endtime', 'until', 'to', 'validuntil'],
  kind: ['kind', 'type', 'category', 'actorkind'],
  description: [
    'description',
    'persondescription',
    'officeholderdescription',
    'itemdescription',
    'notes',
    'note',
    'bio',
    'summary',
  ],
  link: ['link', 'url', 'website', 'homepage', 'source', 'article', 'wikipedia'],
  wikidata: [
    'wikidata',
    'wikidataid',
    'qid',
    'officeholder',
    'person',
    'item',
    'human',
    'politician',
    'holder',
    'id',
  ],
};

/** Folds a header for comparison: "?officeholderLabel", "Full Name", "start_year" -> "officeholderlabel", "fullname", "startyear". */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Maps fields to column indexes by header name. Each text field takes a different column; only the
 * Wikidata id may share the name column (a `person` column of entity URIs, or of names).
 */
export function guessCsvMapping(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(foldHeader);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of Object.keys(HEADERS) as MappedField[]) {
    for (const candidate of HEADERS[field]) {
      const index = folded.indexOf(candidate.toLowerCase());
      if (index === -1 || (field !== 'wikidata' && taken.has(index))) continue;
      mapping[field] = index;
      if (field !== 'wikidata') taken.add(index);
      break;
    }
  }
  return mapping;
}
