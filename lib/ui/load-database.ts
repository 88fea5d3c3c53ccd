// Loads the database code on first use. Keep every import of database-api.ts dynamic and behind
// this function, or the popup would parse the database before its first paint.

/** The database functions the extension pages' hooks use (loaded once; later calls reuse it). */
export const loadDatabaseApi = (): Promise<typeof import('./database-api')> => import('./database-api');
