// The background's engine warm-up: a story of its own that takes the engine through officials in
// every form and claims of every kind, run in separate tasks so that page requests go between them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/detect';

type WarmUpModule = typeof import('../../../lib/background/engine-warm-up');

/** A fresh copy of the module: the warm-up runs once per background lifetime. */
async function freshWarmUp(): Promise<WarmUpModule> {
  vi.resetModules();
  return import('../../../lib/background/engine-warm-up');
}

beforeEach(() => vi.useRealTimers());

describe('engine warm-up in the background', () => {
  it.each([0, 1, 2, 3])(
    'tells cast %i’s story with titled officials, surnames and every kind of claim',
    async (cast) => {
      const { warmUpStory } = await freshWarmUp();
      const story = warmUpStory(cast);
      const analysis = analyze(story, { sensitivity: 'balanced' });
      expect(new Set(analysis.officials.map((official) => official.actorKey)).size).toBe(6);
      expect(analysis.officials.some((official) => official.title === 'Deputy Foreign Minister')).toBe(true);
      // Later mentions by surname alone are part of the story.
      expect(analysis.officials.length).toBeGreaterThan(6);
      expect(new Set(analysis.claims.map((claim) => claim.category))).toEqual(
        new Set(['anonymous', 'secondhand', 'unverified', 'speculative']),
      );
    },
  );

  it('runs one story per task, stops at its limit, and starts only once', async () => {
    const { warmUpEngine } = await freshWarmUp();
    const queue: (() => void)[] = [];
    const later = (run: () => void): void => {
      queue.push(run);
    };
    warmUpEngine(later);
    warmUpEngine(later);
    expect(queue).toHaveLength(1);
    let tasks = 0;
    while (queue.length > 0) {
      queue.shift()?.();
      tasks += 1;
      // Never more than one task waiting: page requests can always go between two runs.
      expect(queue.length).toBeLessThanOrEqual(1);
    }
    expect(tasks).toBeGreaterThan(1);
    expect(tasks).toBeLessThanOrEqual(24);
  });
});
