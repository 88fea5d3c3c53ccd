// Picks a cue pattern's anchor: its most selective required slot. A sentence holding none of a
// pattern's anchor words cannot match it, so the sentence prefilter (trigger-filter.ts) and the
// matcher (pattern-match.ts) look for these words first.
import type { Slot } from './parse-patterns';

const COMMON = new Set(
  (
    "the a an is are was were be been being 's 're am it there has have had 've to of in on at by for with " +
    'that this and or not no one two three other , . "'
  ).split(' '),
);
/** Rough relative frequency in news text of words that cue patterns use: a slot with them is a poor anchor. */
const FREQUENT: ReadonlyMap<string, number> = new Map([
  ['said', 60],
  ['as', 50],
  ['would', 25],
  ['people', 15],
  ['all', 15],
  ['can', 10],
  ['could', 10],
  ['think', 8],
  ['say', 8],
  ['news', 7],
  ['says', 7],
  ['told', 6],
  ['may', 6],
  ['according', 5],
  ['way', 5],
  ["it's", 5],
  ['saying', 4],
  ['media', 4],
  ['likely', 4],
  ['added', 4],
  ['might', 3],
  ['officials', 3],
  ['know', 5],
  ['some', 10],
  ['many', 8],
  ['most', 8],
]);

/** How poor an anchor a slot is: its number of words, plus a penalty for each frequent one. */
function slotCost(slot: Slot): number {
  // Slots are shared between patterns, so each slot's cost is worked out once.
  if (slot.anchorCost === undefined) {
    let cost = slot.words.size;
    for (const w of slot.words) cost += COMMON.has(w) ? 1000 : (FREQUENT.get(w) ?? 0);
    slot.anchorCost = cost;
  }
  return slot.anchorCost;
}

/**
 * The most selective required slot of `slots` from index `from` on (one without common function
 * words when possible; the first of equals), or undefined when every such slot is optional or a wildcard.
 */
export function anchorSlot(slots: readonly Slot[], from: number): Slot | undefined {
  let best: Slot | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let k = from; k < slots.length; k++) {
    const slot = slots[k];
    if (!slot || slot.optional || slot.any || slot.lower || slot.upper) continue;
    const cost = slotCost(slot);
    if (cost < bestCost) {
      best = slot;
      bestCost = cost;
    }
  }
  return best;
}
