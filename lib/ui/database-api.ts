// Everything the extension pages' hooks need from the database, in one module that is only ever
// imported dynamically (see load-database.ts): the popup paints before any database code is parsed.
export { mergeActors, updateActor } from '../db/actor-edits';
export { saveLookup } from '../db/actor-lookup';
export { loadCard, openCardFor } from '../db/cards';
export { getDatabase } from '../db/database';
export { addNote, deleteNote, restoreNote, updateNote } from '../db/notes-repo';
export { searchActors } from '../db/search';
