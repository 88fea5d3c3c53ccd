// Assembles a background card (the actor, their notes, where they were met) for extension pages,
// creating the card first when the reader opens an actor Dossier has not stored yet.
import type { ActorCard, PageActor, PageRef } from '../model/findings';
import { getActor, upsertActorFromPage } from './actors-repo';
import type { DossierDatabase } from './database';
import { listNotes } from './notes-repo';
import { recordSighting, summarizeSightings } from './sightings-repo';

/** The stored card with its notes and sightings, or null when it no longer exists. */
export async function loadCard(db: DossierDatabase, actorId: number): Promise<ActorCard | null> {
  const actor = await getActor(db, actorId);
  if (!actor) return null;
  const [notes, sightings] = await Promise.all([listNotes(db, actorId), summarizeSightings(db, actorId)]);
  return { actor, notes, sightings };
}

/** The card of an actor seen on a page, created from what the page says if Dossier has none yet. */
export async function openCardFor(db: DossierDatabase, actor: PageActor, page?: PageRef): Promise<ActorCard> {
  const stored = await upsertActorFromPage(db, actor, page ?? { url: '', title: '' });
  if (page?.url) await recordSighting(db, { actorId: stored.id!, url: page.url, title: page.title });
  const card = await loadCard(db, stored.id!);
  if (!card) throw new Error('The card could not be stored.');
  return card;
}
