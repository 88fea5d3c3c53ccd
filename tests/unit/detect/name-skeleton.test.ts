// Consonant skeletons: the keys that link transliterated spellings of one name and keep others apart.
import { describe, expect, it } from 'vitest';
import { skeleton, skeletonStart, wordsSkeleton } from '../../../lib/detect/actors/normalize';

describe('name skeletons', () => {
  it('gives transliteration variants of a name one key', () => {
    expect(skeleton('Yevkurov')).toBe(skeleton('Evkurov'));
    expect(skeleton('Qasra')).toBe(skeleton('Kasra'));
    expect(skeleton('Gaddafi')).toBe(skeleton('Qaddafi'));
    expect(skeleton('Muammar')).toBe(skeleton('Moammar'));
    expect(skeleton('Philipp')).toBe(skeleton('Filip'));
    expect(skeleton('Erdoğan')).toBe(skeleton('Erdogan'));
  });

  it('keeps different names apart', () => {
    expect(skeleton('Putin')).not.toBe(skeleton('Patel'));
    expect(skeleton('Merz')).not.toBe(skeleton('Marx'));
    expect(skeleton('Xi')).not.toBe(skeleton('Si'));
  });

  it('spells keys as documented: first sound kept, vowels and glides dropped, pairs merged', () => {
    expect(wordsSkeleton(['yunus-bek', 'yevkurov'])).toBe('ans-bk avkrv');
    expect(skeleton('Thatcher')).toBe('tkr');
    expect(skeleton('Khan')).toBe('hn');
    expect(skeleton('Alexander')).toBe('alksndr');
    expect(skeleton('')).toBe('');
    expect(skeleton('1234')).toBe('');
  });

  it('reads the first sound of a skeleton from the first letters alone', () => {
    const words = [
      'Yevkurov',
      'Yusuf',
      'Ybarra',
      'Jean',
      'Jones',
      'Khan',
      'Kim',
      'Phillips',
      'Pavel',
      'Xi',
      'Chavez',
      'Thatcher',
      'Dhaka',
      'Ərdoğan',
      'Øyvind',
      "O'Brien",
      "'Abd",
      'Ye',
      'Y',
      'J',
      'de blasio',
      '1234',
      '',
    ];
    for (const w of words) expect(skeletonStart(w)).toBe(skeleton(w).charAt(0));
  });
});
