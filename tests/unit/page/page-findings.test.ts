import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/detect/types';
import { excerptOf, summarizeFindings } from '../../../lib/page/page-findings';

const page = { url: 'https://news.example/a', title: 'A' };

describe('page findings for the popup', () => {
  it('splits officials from other people, most mentioned first, and excerpts claims with their cues', () => {
    const text = 'Minister Ana Ruiz spoke. Sources said Ruiz is off. Reporter Tom Hale wrote.';
    const claimStart = text.indexOf('Sources');
    const claimEnd = text.indexOf(' Reporter');
    const ruizInClaim = text.indexOf('Ruiz is');
    const analysis: Analysis = {
      actors: [
        { key: 'tom hale', name: 'Tom Hale', aliases: [], isOfficial: false, mentionCount: 1 },
        {
          key: 'ana ruiz',
          name: 'Ana Ruiz',
          aliases: ['Ruiz'],
          isOfficial: true,
          title: 'Minister',
          mentionCount: 2,
        },
      ],
      people: [],
      officials: [
        { start: 9, end: 17, actorKey: 'ana ruiz', name: 'Ana Ruiz' },
        { start: ruizInClaim, end: ruizInClaim + 4, actorKey: 'ana ruiz', name: 'Ana Ruiz' },
      ],
      claims: [
        {
          start: claimStart,
          end: claimEnd,
          category: 'anonymous',
          cues: [{ start: claimStart, end: claimStart + 12 }],
          reason: 'Attributed to unnamed sources',
        },
      ],
    };
    const findings = summarizeFindings(page, text, analysis);
    expect(findings.analysed).toBe(true);
    expect(findings.officials.map((actor) => actor.name)).toEqual(['Ana Ruiz']);
    expect(findings.people.map((actor) => actor.name)).toEqual(['Tom Hale']);
    expect(findings.claims).toEqual([
      {
        index: 0,
        excerpt: 'Sources said Ruiz is off.',
        category: 'anonymous',
        reason: 'Attributed to unnamed sources',
        cues: ['Sources said'],
        about: ['Ana Ruiz'],
      },
    ]);
  });

  it('says the page was not analysed when there is no analysis', () => {
    expect(summarizeFindings(page, '', null)).toMatchObject({ analysed: false, officials: [], claims: [] });
  });

  it('cuts long excerpts on a word boundary', () => {
    const excerpt = excerptOf(`${'word '.repeat(60)}end`, 40);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(41);
    expect(excerpt).not.toMatch(/wor…$/);
  });
});
