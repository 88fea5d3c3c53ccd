// The hash-first word look-ups of the engine: they must give exactly what plain string sets give.
import { describe, expect, it } from 'vitest';
import { wordsAlsoLowerCase } from '../../../lib/detect/actors/lower-words';
import { tokenize as tokenizeForPeople } from '../../../lib/detect/actors/tokenize';
import { HASH_KEY_MASK, wordHash } from '../../../lib/detect/text/word-hash';
import { WordTable } from '../../../lib/detect/text/word-table';
import { tokenize } from '../../../lib/detect/text/words';

/** The same answer built the slow way: every capitalised word's lower case, kept when also written lower case. */
function plainLowerWords(text: string): Set<string> {
  const tokens = tokenizeForPeople(text);
  const indexes = [...Array(tokens.length).keys()];
  const capitalised = new Set(indexes.filter((i) => tokens.cap(i)).map((i) => tokens.lower(i)));
  return new Set(
    indexes
      .filter(
        (i) => !tokens.cap(i) && !tokens.punct(i) && tokens.size(i) > 2 && capitalised.has(tokens.lower(i)),
      )
      .map((i) => tokens.lower(i)),
  );
}

describe('wordsAlsoLowerCase', () => {
  it('finds capitalised words the text also writes in lower case', () => {
    const text = 'Speaking on Monday, Anna Berg said speaking was hard. Such talks, she said, are such.';
    expect([...wordsAlsoLowerCase(tokenizeForPeople(text))].sort()).toEqual(['speaking', 'such']);
  });

  it('leaves out names that never appear in lower case, and short words', () => {
    const text = 'An official met Berg. Berg left. An hour later an aide came.';
    expect(wordsAlsoLowerCase(tokenizeForPeople(text))).toEqual(new Set());
  });

  it('matches words with accents, soft hyphens and other non-ASCII letters exactly', () => {
    const text =
      'Über alles. Sie sprach über Politik. Ac\u00adcording to none. According to all. Ελλάδα ελλάδα.';
    const found = wordsAlsoLowerCase(tokenizeForPeople(text));
    expect(found).toEqual(plainLowerWords(text));
    expect(found.has('über')).toBe(true);
  });

  it('agrees with plain string sets on odd and repetitive text', () => {
    const words = [
      'The',
      'the',
      'THE',
      'Berg',
      'berg',
      'Ab',
      'ab',
      'Çelik',
      'çelik',
      'İstanbul',
      'i̇stanbul',
      'Ba\u00adker',
    ];
    let text = '';
    for (let i = 0; i < 400; i++) text += `${words[(i * 7) % words.length]}${i % 9 === 0 ? '. ' : ' '}`;
    expect(wordsAlsoLowerCase(tokenizeForPeople(text))).toEqual(plainLowerWords(text));
  });
});

describe('people tokenizer word hashes', () => {
  it('give each ASCII word the hash of its lower-cased text, and none to other words', () => {
    const text =
      "Sen. J.D. Vance's aide, anti-Trump O'Brien, met U.S. envoys; Ac\u00adcording to Über-Chef al-Assad 42x.";
    const tokens = tokenizeForPeople(text);
    expect(tokens.length).toBeGreaterThan(15);
    for (let i = 0; i < tokens.length; i++) {
      const raw = text.slice(tokens.start(i), tokens.end(i));
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range test
      const ascii = /^[\x00-\x7f]*$/.test(raw);
      const expected = tokens.punct(i) || !ascii ? -1 : wordHash(raw.toLowerCase()) & HASH_KEY_MASK;
      expect([raw, tokens.hash(i)]).toEqual([raw, expected]);
    }
  });

  it('reads past either end of the list as an empty token', () => {
    const tokens = tokenizeForPeople('Anna Berg');
    expect([tokens.has(-1), tokens.cap(-1), tokens.text(2), tokens.lower(5), tokens.start(2)]).toEqual([
      false,
      false,
      '',
      '',
      -1,
    ]);
  });
});

describe('WordTable and the claim tokenizer', () => {
  const vocab = new WordTable(['said', "it's", 'according']);

  it('knows its own words and rules out most others', () => {
    expect(vocab.wordFor(hashOf('said'))).toBe('said');
    const misses = ['table', 'chair', 'minister', 'report', 'talks', 'weeks'].filter((w) =>
      vocab.mayHold(hashOf(w)),
    );
    expect(misses.length).toBeLessThan(2);
  });

  it('spells out vocabulary words however the text writes them, and nothing else', () => {
    const text = 'SAID It’s Ac\u00adcording banana';
    const t = tokenize(text, 0, text.length, false, vocab);
    expect(t.norm.slice(0, t.length)).toEqual(['said', "it's", 'according', '']);
  });
});

function hashOf(word: string): number {
  const t = tokenize(word, 0, word.length);
  return t.hash[0] ?? 0;
}
