// Each database test gets an empty Dossier database of its own (fake-indexeddb), deleted afterwards.
import 'fake-indexeddb/auto';
import { DossierDatabase } from '../../../lib/db/database';

let opened = 0;

/** Opens a new, empty database under a name no other test uses. */
export async function openFreshDatabase(label: string): Promise<DossierDatabase> {
  opened += 1;
  const db = new DossierDatabase(`dossier-${label}-${opened}`);
  await db.open();
  return db;
}
