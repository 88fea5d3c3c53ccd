// Reads the party-and-state tag that U.S. news writes after a legislator's name ("Jon Tester (D-Mont.)",
// "Ted Cruz, R-Texas,", "Patrick Leahy, Democrat of Vermont,"): the tag alone says the person holds a seat.
import type { Role } from './role-phrase';
import type { TokenList } from './token-list';

/** "(D-Mont.)", "(R-N.Y.)", "(I-Vt.)", ", R-Texas," or "(D-New York)" right after the name (and any "Jr."). */
const PARTY_STATE =
  /(?:,?[ \t]+(?:Jr|Sr)\.?)?[ \t]?(?:\(|,[ \t]+)((?:D|R|I)[-–] ?(?:[A-Z][a-z]*\.?){1,3}(?:[ -][A-Z][a-z]+\.?)?)(?=[),;:]|\s|$)/y;

/** ", Democrat of Vermont," and ", Republican of Iowa": the style some papers use for members of Congress. */
const PARTY_OF_STATE =
  /(?:,?[ \t]+(?:Jr|Sr)\.?)?,[ \t]+((?:Democrat|Republican|Independent)[ \t]+of[ \t]+[A-Z][a-z]+)/y;

/** Name suffixes: the tag after "Casey Jr." belongs to the name before the suffix. */
const SUFFIXES = new Set(['jr', 'sr']);

/** The legislator's role that a party tag after the name whose last token is `last` gives, if any. */
export function partyTagAfter(tokens: TokenList, text: string, last: number): Role | undefined {
  if (!tokens.has(last) || tokens.poss(last) || SUFFIXES.has(tokens.lower(last))) return undefined;
  // Right after the name, abbreviation dot included ("Jr.").
  const at = tokens.end(last) + (tokens.dot(last) ? 1 : 0);
  // Most names are followed by a space and a word: only "(", "," or " (" / " J" / " S" may open a tag.
  const c = text.charCodeAt(at);
  const c2 = text.charCodeAt(at + 1);
  if (!(c === 40 || c === 44 || (c === 32 && (c2 === 40 || c2 === 74 || c2 === 83)))) return undefined;
  for (const pattern of [PARTY_STATE, PARTY_OF_STATE]) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) continue;
    const tag = match[1] ?? '';
    return {
      text: `legislator (${tag})`,
      official: true,
      conditional: false,
      size: 1,
      country: 'United States',
    };
  }
  return undefined;
}
