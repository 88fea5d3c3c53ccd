// The reader's stored actors that this page may name, asked of the background by the page's name
// words (never notes), so that saved and imported actors are recognised. Each word is asked once;
// a slow or absent answer never holds up highlighting for long.
import type { KnownActor } from '../detect/types';
import { nameWords } from './name-words';
import { recordSpan } from './page-clock';

/** Milliseconds a scan waits for the background's answer before going on without it. */
const LOOKUP_WAIT_MS = 150;

/** Stored actors met so far on this page. */
export class KnownActorCache {
  private readonly asked = new Set<string>();
  private actors: KnownActor[] = [];

  constructor(
    private readonly lookup: (words: string[]) => Promise<KnownActor[]>,
    private readonly setTimer: (run: () => void, ms: number) => number,
  ) {}

  /** The stored actors found so far. */
  get current(): readonly KnownActor[] {
    return this.actors;
  }

  /** Asks for the stored actors that `text`'s new name words may name; all found so far. */
  async lookUp(text: string): Promise<KnownActor[]> {
    const words = nameWords(text).filter((word) => !this.asked.has(word));
    if (words.length === 0) return this.actors;
    for (const word of words) this.asked.add(word);
    const start = performance.now();
    const answer = this.lookup(words).catch((): KnownActor[] => []);
    const late = new Promise<null>((resolve) => this.setTimer(() => resolve(null), LOOKUP_WAIT_MS));
    const found = await Promise.race([answer, late]);
    recordSpan('lookup', start, { words: words.length });
    if (found === null) {
      // Too slow this time: use the answer for later text when it comes.
      void answer.then((actors) => this.remember(actors));
      return this.actors;
    }
    this.remember(found);
    return this.actors;
  }

  private remember(found: readonly KnownActor[]): void {
    if (found.length === 0) return;
    const names = new Set(this.actors.map((actor) => actor.name));
    this.actors = [...this.actors, ...found.filter((actor) => !names.has(actor.name))];
  }
}
