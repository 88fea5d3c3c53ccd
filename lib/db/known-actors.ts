// Answers "which of these words name actors the reader has stored?" for the content script: an
// in-memory index from name words to cards, rebuilt only when the cards change. Returns roles and
// countries, never notes.
import type { KnownActor } from '../detect/types';
import type { ActorRecord } from '../model/records';
import type { DossierDatabase } from './database';

/** Most actors one look-up returns: far more than one article names. */
export const MAX_KNOWN_ACTORS_PER_PAGE = 500;

interface KnownIndex {
  stamp: string;
  /** Last word of every spelling -> the cards with a spelling ending in it. */
  bySurname: Map<string, ActorRecord[]>;
}

let cached: KnownIndex | undefined;

/** Lower-case name particles a page writes in lower case ("al-Assad", "de Gaulle"): not required. */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'dos',
  'das',
  'ter',
]);

async function currentStamp(db: DossierDatabase): Promise<string> {
  const [count, newest] = await Promise.all([db.actors.count(), db.actors.orderBy('updatedAt').last()]);
  return `${count}|${newest?.updatedAt ?? 0}|${newest?.id ?? 0}`;
}

async function loadIndex(db: DossierDatabase): Promise<KnownIndex> {
  const stamp = await currentStamp(db);
  if (cached?.stamp === stamp) return cached;
  const bySurname = new Map<string, ActorRecord[]>();
  await db.actors.each((actor) => {
    for (const key of actor.nameKeys) {
      const surname = key.slice(key.lastIndexOf(' ') + 1);
      if (surname.length < 2) continue;
      const list = bySurname.get(surname);
      if (!list) bySurname.set(surname, [actor]);
      else if (list.at(-1) !== actor) list.push(actor);
    }
  });
  cached = { stamp, bySurname };
  return cached;
}

function toKnownActor(actor: ActorRecord): KnownActor {
  const role = actor.roles[0];
  const country = actor.country ?? role?.country;
  const organisation = actor.organisation ?? role?.organisation;
  return {
    name: actor.name,
    aliases: actor.aliases,
    isOfficial: actor.kind === 'official',
    ...(role ? { title: role.title } : {}),
    ...(country ? { country } : {}),
    ...(organisation ? { organisation } : {}),
  };
}

/**
 * Stored actors whose name or alias could be on a page holding these words (normalised,
 * lower-case): every word of one of their spellings must be among them.
 */
export async function findKnownActors(db: DossierDatabase, words: readonly string[]): Promise<KnownActor[]> {
  const index = await loadIndex(db);
  const present = new Set(words);
  const found = new Set<ActorRecord>();
  for (const word of present) {
    for (const actor of index.bySurname.get(word) ?? []) {
      if (found.size >= MAX_KNOWN_ACTORS_PER_PAGE) break;
      const named = (key: string): boolean =>
        key.split(' ').every((part) => present.has(part) || PARTICLES.has(part));
      if (actor.nameKeys.some(named)) found.add(actor);
    }
  }
  return [...found].map(toKnownActor);
}
