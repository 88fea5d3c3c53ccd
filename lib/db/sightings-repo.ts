// Records where the reader met each actor: one row per actor and page, refreshed on every visit.

import type { SightingRecord } from '../model/records';
import type { DossierDatabase } from './database';

/** Notes that the reader met `actorId` on this page now (one row per actor and URL). */
export async function recordSighting(
  db: DossierDatabase,
  input: { actorId: number; url: string; title: string },
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.sightings, async () => {
    const existing = await db.sightings.where({ actorId: input.actorId, url: input.url }).first();
    if (existing?.id !== undefined) {
      await db.sightings.update(existing.id, { title: input.title, seenAt: now });
    } else {
      await db.sightings.add({ actorId: input.actorId, url: input.url, title: input.title, seenAt: now });
    }
  });
}

/** How many pages the actor was met on, and the most recent ones. */
export async function summarizeSightings(
  db: DossierDatabase,
  actorId: number,
  recentLimit = 5,
): Promise<{ count: number; recent: SightingRecord[] }> {
  const all = await db.sightings.where('actorId').equals(actorId).sortBy('seenAt');
  return { count: all.length, recent: all.reverse().slice(0, recentLimit) };
}

/** Removes every sighting (the reader cleared their reading history); cards and notes stay. */
export async function clearSightings(db: DossierDatabase): Promise<number> {
  const count = await db.sightings.count();
  await db.sightings.clear();
  return count;
}
