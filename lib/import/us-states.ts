// US state and territory names by postal code, for describing members of Congress.

const STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'the District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
  DK: 'Dakota Territory',
  OL: 'the Territory of Orleans',
  PI: 'the Philippine Islands',
};

/** Places that send a non-voting Delegate (or, for Puerto Rico, a Resident Commissioner) to the House. */
const DELEGATE_PLACES = new Set(['DC', 'GU', 'VI', 'AS', 'MP', 'PI', 'DK', 'OL']);

/** "WA" -> "Washington"; unknown codes come back as given. */
export function stateName(code: string): string {
  return STATES[code.toUpperCase()] ?? code;
}

/** The House title for a member from `code`: Representative, Delegate or Resident Commissioner. */
export function houseTitle(code: string | undefined): string {
  const upper = code?.toUpperCase() ?? '';
  if (upper === 'PR') return 'Resident Commissioner';
  return DELEGATE_PLACES.has(upper) ? 'Delegate' : 'Representative';
}
