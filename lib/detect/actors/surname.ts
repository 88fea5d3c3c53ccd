// Which word of a full name is the family name: the last one, or the first for East Asian names
// written family-name first ("Kim Yong-hyun", "Yoon Suk Yeol", "Xi Jinping").
import { NAME_PARTICLES } from '../lexicon/en/person-cues';

const EAST_ASIAN_FAMILY = new Set(
  (
    'kim lee yi park pak choi choe jung jeong chung yoon yun han kang cho jo lim im shin song oh hwang ahn jang ' +
    'moon hong yoo ryu nam baek seo kwon'
  ).split(' '),
);
const CHINESE_FAMILY = new Set(
  (
    'xi li wang zhang liu chen yang zhao huang zhou wu hu sun zhu gao lin he guo ma luo liang song zheng xie han ' +
    'tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao ' +
    'lai ko tsai hou qin mao'
  ).split(' '),
);

/** Index of the family name within folded name words. */
export function surnameIndex(words: readonly string[]): number {
  const last = words.length - 1;
  if (words.length < 2) return 0;
  const first = words[0] ?? '';
  const lastWord = words[last] ?? '';
  // "Ban Ki-moon", "Moon Jae-in": a hyphenated given name with a lower-case second part follows the family name.
  if (words.length === 2 && first.length <= 5 && isHyphenPair(lastWord)) return 0;
  if (EAST_ASIAN_FAMILY.has(first)) {
    if (words.length === 3 && words.every((w) => w.length <= 5)) return 0;
    if (words.length === 2 && isHyphenPair(lastWord)) return 0;
  }
  if (CHINESE_FAMILY.has(first) && words.length === 2 && lastWord.length >= 4 && !lastWord.includes('-')) {
    return /^[a-z]+$/.test(lastWord) && /[aeiou]ng$|[aeiou]n$|[aeiou]$/.test(lastWord) ? 0 : last;
  }
  return last;
}

/** Two runs of letters a-z joined by one hyphen ("ki-moon"); the hyphen is looked for before the pattern. */
function isHyphenPair(word: string): boolean {
  return word.indexOf('-') > 0 && HYPHEN_PAIR.test(word);
}

const HYPHEN_PAIR = /^[a-z]+-[a-z]+$/;

/** The family name of folded name words, with its particles ("bill de blasio" -> "de blasio"). */
export function surnameOf(words: readonly string[]): string {
  const si = surnameIndex(words);
  let from = si;
  while (from > 1 && NAME_PARTICLES.has(words[from - 1] ?? '')) from--;
  return from === si ? (words[si] ?? '') : words.slice(from, si + 1).join(' ');
}
