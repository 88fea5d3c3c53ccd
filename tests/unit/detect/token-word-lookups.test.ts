// Word-list look-ups by token (word hash first, then the token's cached bits): they must give exactly
// what the string look-ups give, for every token, including hyphenated, dotted and non-ASCII words.
import { describe, expect, it } from 'vitest';
import { TokenWordFunction } from '../../../lib/detect/actors/token-words';
import { tokenize } from '../../../lib/detect/actors/tokenize';
import { tokenClass, wordClass } from '../../../lib/detect/actors/word-class';
import * as claimCues from '../../../lib/detect/lexicon/en/claim-cues';
import * as demonyms from '../../../lib/detect/lexicon/en/demonyms';
import * as givenNames from '../../../lib/detect/lexicon/en/given-names';
import * as personCues from '../../../lib/detect/lexicon/en/person-cues';
import * as stopwords from '../../../lib/detect/lexicon/en/stopwords';
import * as titles from '../../../lib/detect/lexicon/en/titles';

const TEXT =
  'Prime Minister Anna Berg, the deputy foreign minister, met Sen. Ted Cruz and Mr. O\u2019Brien in the U.S. ' +
  'on Monday. Russian officials said president-elect Smith\u2019s aide, a former spokesman, was in Paris. ' +
  'Americans and Danes said THE BOARD met; Über-Chef Müller, an ex-CEO, spoke. Said Per Holm: "Such is life."';

describe('tokenClass', () => {
  it('gives wordClass of every token lower-cased, and the same again from its cache', () => {
    const tokens = tokenize(TEXT);
    for (let i = -1; i <= tokens.length; i++) {
      const expected = wordClass(tokens.lower(i));
      expect(tokenClass(tokens, i)).toBe(expected);
      expect(tokenClass(tokens, i)).toBe(expected);
    }
  });
});

/** Every word of every word list, so that a list added to wordClass but not to tokenClass shows. */
function lexiconWords(): string[] {
  const words = new Set<string>();
  for (const module of [claimCues, demonyms, givenNames, personCues, stopwords, titles])
    for (const value of Object.values(module)) {
      const entries: unknown[] =
        value instanceof Map
          ? [...value.keys()]
          : value instanceof Set || Array.isArray(value)
            ? [...value]
            : [];
      for (const entry of entries)
        if (typeof entry === 'string') for (const word of entry.split(' ')) words.add(word);
    }
  return [...words];
}

describe('tokenClass over the word lists', () => {
  it('agrees with wordClass for every listed word, lower-case, capitalised and plural', () => {
    const words = lexiconWords();
    expect(words.length).toBeGreaterThan(1_000);
    const text = words
      .flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), `${word}s`])
      .join(' , ');
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) expect(tokenClass(tokens, i)).toBe(wordClass(tokens.lower(i)));
  });
});

describe('TokenWordFunction', () => {
  it('answers outside its words without calling the function, and calls it for the rest', () => {
    const lengthOf = (w: string): number => (w === 'minister' || w.includes('-') ? w.length : 0);
    const f = new TokenWordFunction(['minister', 'unused'], lengthOf, 0);
    const tokens = tokenize(TEXT);
    for (let i = 0; i < tokens.length; i++) expect(f.of(tokens, i)).toBe(lengthOf(tokens.lower(i)));
  });
});
