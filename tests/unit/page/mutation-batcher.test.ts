// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type MutationBatch, STORM_SIZE, watchMutations } from '../../../lib/page/mutation-batcher';

/** Watches `document.body` and resolves with the first batch. */
function nextBatch(ignore: (node: Node) => boolean = () => false): {
  batch: Promise<MutationBatch>;
  stop(): void;
} {
  const controller = new AbortController();
  const batch = new Promise<MutationBatch>((resolve) =>
    watchMutations(document.body, resolve, {
      delayMs: 5,
      signal: controller.signal,
      ignore,
      setTimer: (run, ms) => setTimeout(run, ms),
    }),
  );
  return { batch, stop: () => controller.abort() };
}

describe('mutation batches', () => {
  it('gathers a burst of additions into one batch', async () => {
    document.body.innerHTML = '<div id="posts"></div>';
    const { batch, stop } = nextBatch();
    const posts = document.querySelector('#posts')!;
    for (const text of ['One.', 'Two.', 'Three.']) {
      const p = document.createElement('p');
      p.textContent = text;
      posts.append(p);
    }
    const { added, storm } = await batch;
    expect(storm).toBe(false);
    expect(added.map((node) => node.textContent)).toEqual(['One.', 'Two.', 'Three.']);
    stop();
  });

  it('turns more than a thousand changes into a storm (one rescan), without listing them', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const { batch, stop } = nextBatch();
    const feed = document.querySelector('#feed')!;
    for (let index = 0; index <= STORM_SIZE; index += 1) feed.append(document.createElement('span'));
    const result = await batch;
    expect(result.storm).toBe(true);
    expect(result.added).toEqual([]);
    stop();
  });

  it('leaves out Dossier’s own host element and counts removed text', async () => {
    document.body.innerHTML = '<p id="old">Old paragraph text.</p>';
    const host = document.createElement('dossier-overlay');
    const { batch, stop } = nextBatch((node) => node === host);
    document.body.append(host);
    document.querySelector('#old')!.remove();
    const result = await batch;
    expect(result.added).toEqual([]);
    expect(result.removedText).toBe('Old paragraph text.'.length);
    stop();
  });
});
