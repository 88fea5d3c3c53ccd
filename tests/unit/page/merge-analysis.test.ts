import { describe, expect, it } from 'vitest';
import type { Actor, Analysis } from '../../../lib/detect/types';
import {
  actorPreamble,
  concatAnalyses,
  mergeActors,
  shiftAnalysis,
  withoutPreamble,
} from '../../../lib/page/merge-analysis';

const marques: Actor = {
  key: 'helena marques',
  name: 'Helena Marques',
  aliases: [],
  isOfficial: true,
  title: 'Portuguese Prime Minister',
  mentionCount: 2,
};

describe('merging analyses', () => {
  it('moves every span, cues included', () => {
    const analysis: Analysis = {
      actors: [marques],
      people: [{ start: 1, end: 3, actorKey: marques.key }],
      officials: [{ start: 1, end: 3, actorKey: marques.key, name: marques.name }],
      claims: [{ start: 5, end: 9, category: 'anonymous', reason: 'r', cues: [{ start: 6, end: 7 }] }],
    };
    const moved = shiftAnalysis(analysis, 10);
    expect(moved.officials[0]).toMatchObject({ start: 11, end: 13 });
    expect(moved.claims[0]!.cues[0]).toEqual({ start: 16, end: 17 });
  });

  it('merges one actor seen in two stretches: mentions added, spellings and details united', () => {
    const later: Actor = {
      key: marques.key,
      name: 'Marques',
      aliases: ['Mrs. Marques'],
      isOfficial: true,
      country: 'Portugal',
      mentionCount: 3,
    };
    const [merged] = mergeActors([[marques], [later]]);
    expect(merged).toMatchObject({
      mentionCount: 5,
      title: 'Portuguese Prime Minister',
      country: 'Portugal',
    });
    expect(merged!.aliases).toEqual(['Marques', 'Mrs. Marques']);
    expect(marques.mentionCount).toBe(2);
  });

  it('names the page’s actors a stretch may mention again in a preamble, and drops the preamble’s own mentions afterwards', () => {
    expect(actorPreamble([marques], 'The opposition met on Monday.')).toBe('');
    const preamble = actorPreamble([marques], 'Mrs. Marques spoke.');
    expect(preamble).toBe('Portuguese Prime Minister Helena Marques.\n\n');
    const at = preamble.length;
    const analysis: Analysis = {
      actors: [marques],
      people: [
        { start: 26, end: 40, actorKey: marques.key },
        { start: at + 4, end: at + 11, actorKey: marques.key },
      ],
      officials: [
        { start: 26, end: 40, actorKey: marques.key, name: marques.name },
        { start: at + 4, end: at + 11, actorKey: marques.key, name: marques.name },
      ],
      claims: [],
    };
    const own = withoutPreamble(analysis, at);
    expect(own.officials).toEqual([{ start: 4, end: 11, actorKey: marques.key, name: marques.name }]);
    expect(own.actors).toEqual([{ ...marques, mentionCount: 1 }]);
  });

  it('keeps a single analysis as it is and concatenates several', () => {
    const empty: Analysis = { actors: [], people: [], officials: [], claims: [] };
    expect(concatAnalyses([empty])).toBe(empty);
    expect(concatAnalyses([empty, { ...empty, actors: [marques] }]).actors).toHaveLength(1);
  });
});
