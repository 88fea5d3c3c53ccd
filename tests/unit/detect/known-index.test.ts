// The known-actor index: exact tables by first word and surname, skeleton tables built on first use.
import { describe, expect, it } from 'vitest';
import { buildKnownIndex } from '../../../lib/detect/actors/known-index';
import { matchWords } from '../../../lib/detect/actors/known-words';
import { wordsSkeleton } from '../../../lib/detect/actors/normalize';
import type { KnownActor } from '../../../lib/detect/types';

const actor = (name: string, aliases?: string[], extra: object = {}): KnownActor => ({
  name,
  isOfficial: true,
  ...(aliases ? { aliases } : {}),
  ...extra,
});

describe('known-actor index', () => {
  it('keeps the words a name is matched by, without initials, dots and regnal numbers', () => {
    expect(matchWords('George H. W. Bush')).toEqual(['george', 'bush']);
    expect(matchWords('Robert F. Kennedy Jr.')).toEqual(['robert', 'kennedy']);
    expect(matchWords('Charles III')).toEqual(['charles']);
    expect(matchWords('  Recep Tayyip  Erdoğan ')).toEqual(['recep', 'tayyip', 'erdogan']);
    expect(matchWords('J.D.')).toEqual([]);
    expect(matchWords("Mary-Kate  O'Neil Sr")).toEqual(['mary-kate', "o'neil"]);
    expect(matchWords('Anna\tLindh\u00a0II')).toEqual(['anna', 'lindh']);
    expect(matchWords('St.John Smith')).toEqual(['stjohn', 'smith']);
  });

  it('finds full names and aliases by first word, in list order', () => {
    const a = actor('Bill de Blasio', ['William de Blasio']);
    const b = actor('Bill Clinton', ['William Jefferson Clinton', 'Clinton']);
    const index = buildKnownIndex([a, b]);
    expect(index.byFirst.get('bill')?.map((f) => f.written)).toEqual(['Bill de Blasio', 'Bill Clinton']);
    expect(index.byFirst.get('william')?.map((f) => f.entry.actor)).toEqual([a, b]);
    expect(index.byFirst.get('clinton')).toBeUndefined();
  });

  it('finds actors by surname, with particles, East Asian order and one-word aliases, each once', () => {
    const blasio = actor('Bill de Blasio');
    const kim = actor('Kim Jong-un');
    const clinton = actor('Bill Clinton', ['Clinton']);
    const index = buildKnownIndex([blasio, kim, clinton, null as unknown as KnownActor]);
    expect(index.bySurname.get('de blasio')?.map((e) => e.actor)).toEqual([blasio]);
    expect(index.bySurname.get('kim')?.map((e) => e.actor)).toEqual([kim]);
    expect(index.bySurname.get('clinton')?.map((e) => e.actor)).toEqual([clinton]);
    expect(index.bySurname.get('jong-un')).toBeUndefined();
  });

  it('gives each entry its name key and surname-alone flag', () => {
    const index = buildKnownIndex([actor('George H.W. Bush', [], { surnameAlone: true })]);
    const entry = index.bySurname.get('bush')?.[0];
    expect(entry?.key).toBe('george hw bush');
    expect(entry?.surname).toBe('bush');
    expect(entry?.surnameAlone).toBe(true);
  });

  it('finds transliterated surnames and full names by skeleton', () => {
    const yevkurov = actor('Yunus-Bek Yevkurov');
    const gaddafi = actor('Muammar Gaddafi');
    const index = buildKnownIndex([yevkurov, gaddafi, actor('Li Na')]);
    const key = wordsSkeleton(['yunus-bege', 'evkurov']);
    expect(index.firstSkeletons.has(key.split(' ')[0] ?? '')).toBe(true);
    expect(index.byNameSkeleton.get(key)?.map((f) => f.entry.actor)).toEqual([yevkurov]);
    expect(index.byNameSkeleton.get(wordsSkeleton(['moammar', 'qaddafi']))?.[0]?.entry.actor).toBe(gaddafi);
    expect(index.byNameSkeleton.get(wordsSkeleton(['moammar', 'smith']))).toBeUndefined();
    expect(index.firstSkeletons.has(wordsSkeleton(['john']))).toBe(false);
    expect(index.bySkeleton.get(wordsSkeleton(['qaddafi']))?.map((e) => e.actor)).toEqual([gaddafi]);
    // Skeletons shorter than three sounds are too common to link spellings.
    expect(index.bySkeleton.get(wordsSkeleton(['na']))).toBeUndefined();
  });
});
