// The background's answer to each verb: validate the payload, then read or write the database.

import { findActorByNames, getActor, upsertActorFromPage } from '../db/actors-repo';
import type { DossierDatabase } from '../db/database';
import { findKnownActors } from '../db/known-actors';
import { listNotes } from '../db/notes-repo';
import { recordSighting } from '../db/sightings-repo';
import type { BackgroundProtocol, BackgroundVerb } from '../messaging';
import { NOTE_PREVIEW_LENGTH } from '../model/findings';
import type { Settings } from '../settings/settings';
import {
  readCount,
  readId,
  readList,
  readObject,
  readPageActor,
  readPageRef,
  readString,
} from './payload-checks';

/** Who sent a message, as far as the background can tell. */
export interface SenderInfo {
  /** The tab of a content script, or of an extension page opened in a tab. */
  tabId?: number;
}

/** Side effects the handlers need beyond the database. */
export interface HandlerEffects {
  /** Shows the page's count of findings on the toolbar icon of that tab. */
  showBadge(tabId: number, count: number): void;
  /** Opens the options page on an actor's card. */
  openCardPage(actorId: number): Promise<void>;
  /** The reader's current settings. */
  settings(): Promise<Settings>;
}

/** A handler gets an unchecked payload and answers with its verb's response type. */
export type Handlers = {
  [V in BackgroundVerb]: (payload: unknown, sender: SenderInfo) => Promise<BackgroundProtocol[V]['response']>;
};

/** Most distinct name words one look-up may carry; a long article has a few thousand. */
const MAX_WORDS_PER_LOOKUP = 20_000;

/** Most actors one page report may carry; a real article names far fewer. */
const MAX_ACTORS_PER_PAGE = 500;

/** Builds the handlers over one database. */
export function createHandlers(db: DossierDatabase, effects: HandlerEffects): Handlers {
  return {
    async pageAnalysed(payload, sender) {
      const fields = readObject(payload, 'payload');
      const page = readPageRef(fields.page);
      const actors = readList(fields.actors, 'actors', MAX_ACTORS_PER_PAGE, readPageActor);
      const claimCount = readCount(fields.claimCount, 'claimCount');
      if (sender.tabId !== undefined) {
        effects.showBadge(sender.tabId, actors.filter((actor) => actor.isOfficial).length + claimCount);
      }
      const remember = (await effects.settings()).recordSightings;
      // One transaction for the whole page, not two per official.
      return db.transaction('rw', db.actors, db.sightings, async () => {
        let recorded = 0;
        for (const seen of actors.filter((actor) => actor.isOfficial)) {
          const stored = await upsertActorFromPage(db, seen, page);
          if (stored.id !== undefined && remember) {
            await recordSighting(db, { actorId: stored.id, url: page.url, title: page.title });
            recorded += 1;
          }
        }
        return { recorded };
      });
    },

    async getActorPreview(payload) {
      const fields = readObject(payload, 'payload');
      const names = readList(fields.names, 'names', 20, (name) => readString(name, 'names[]', 200));
      const actor = await findActorByNames(db, names);
      if (actor?.id === undefined) return null;
      const [latest] = await listNotes(db, actor.id);
      const role = actor.roles[0];
      const country = actor.country ?? role?.country;
      return {
        actorId: actor.id,
        name: actor.name,
        ...(role ? { title: role.title } : {}),
        ...(country ? { country } : {}),
        ...(latest
          ? { latestNote: { text: latest.text.slice(0, NOTE_PREVIEW_LENGTH), createdAt: latest.createdAt } }
          : {}),
      };
    },

    async lookupKnownActors(payload) {
      const words = readList(readObject(payload, 'payload').words, 'words', MAX_WORDS_PER_LOOKUP, (word) =>
        readString(word, 'words[]', 100),
      );
      return findKnownActors(db, words);
    },

    async getSettings() {
      return effects.settings();
    },

    async openCardPage(payload) {
      const actorId = readId(readObject(payload, 'payload').actorId, 'actorId');
      if (!(await getActor(db, actorId))) throw new Error('That card no longer exists.');
      await effects.openCardPage(actorId);
      return { opened: true };
    },
  };
}
