// "Add to Dossier" on a text selection: the reader names an actor Dossier missed. The card is marked
// as the reader's decision, so it is found (and highlighted as an official) on every page from then on.

import { updateActor } from '../db/actor-edits';
import { upsertActorFromPage } from '../db/actors-repo';
import type { DossierDatabase } from '../db/database';

/** Longest selection taken as a name; anything longer is not a name. */
const MAX_NAME_LENGTH = 80;

/** The selection as a name (spaces folded, quotes and trailing punctuation dropped), or null. */
export function nameFromSelection(selection: string): string | null {
  const name = selection
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”'‘’(]+|["“”'‘’),.;:!?]+$/g, '')
    .replace(/['’]s$/, '');
  if (name.length < 2 || name.length > MAX_NAME_LENGTH || !/\p{L}/u.test(name)) return null;
  return name;
}

/** Creates (or finds) the card for the selected name as an official, and returns its id. */
export async function addSelectionAsActor(
  db: DossierDatabase,
  selection: string,
  page: { url: string; title: string },
): Promise<number | null> {
  const name = nameFromSelection(selection);
  if (!name) return null;
  const card = await upsertActorFromPage(
    db,
    { name, aliases: [], isOfficial: true },
    /^https?:/i.test(page.url) ? page : { url: '', title: '' },
  );
  await updateActor(db, card.id!, { kind: 'official' });
  return card.id!;
}
