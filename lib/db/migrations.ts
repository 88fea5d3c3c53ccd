// Upgrades stored records from one schema version to the next. Each upgrade is idempotent (running
// it twice gives the same records) and keeps every note: it only adds or repairs derived fields.
import type { Transaction } from 'dexie';
import { nameKeysOf, searchWordsOf, wordsOf } from './search-keys';

type Loose = Record<string, unknown>;

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Version 2 indexes the words of names and notes for search, and adds the meta table. */
export async function upgradeToVersion2(transaction: Transaction): Promise<void> {
  await transaction
    .table('actors')
    .toCollection()
    .modify((actor: Loose) => {
      const name = typeof actor.name === 'string' ? actor.name : '';
      const aliases = stringList(actor.aliases);
      actor.aliases = aliases;
      actor.roles = Array.isArray(actor.roles) ? actor.roles : [];
      actor.nameKeys = nameKeysOf(name, aliases);
      actor.searchWords = searchWordsOf(name, aliases);
    });
  await transaction
    .table('notes')
    .toCollection()
    .modify((note: Loose) => {
      note.words = wordsOf(typeof note.text === 'string' ? note.text : '');
    });
}
