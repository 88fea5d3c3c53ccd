// Live search over the reader's cards and notes for extension pages, newest query wins.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DossierDatabase } from '../db/database';
import type { ActorHit, ActorQuery } from '../db/search';
import { loadDatabaseApi } from './load-database';

/**
 * Results for `query`; results of an older query never replace those of a newer one. With
 * `enabled` false nothing is read (the popup searches only once the reader types).
 */
export function useActorSearch(
  query: ActorQuery,
  options: { enabled?: boolean; db?: DossierDatabase } = {},
): {
  hits: ActorHit[];
  searching: boolean;
  refresh: () => void;
} {
  const { enabled = true, db } = options;
  const [hits, setHits] = useState<ActorHit[]>([]);
  const [searching, setSearching] = useState(false);
  const [revision, setRevision] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(query);
  useEffect(() => {
    const ticket = ++latest.current;
    if (!enabled) {
      setHits([]);
      return;
    }
    const started = performance.now();
    setSearching(true);
    loadDatabaseApi()
      .then((api) => api.searchActors(db ?? api.getDatabase(), JSON.parse(key) as ActorQuery))
      .then((found) => {
        if (ticket !== latest.current) return;
        setHits(found);
        // User Timing entry read by the cards benchmark (tests/bench/cards-bench.ts).
        performance.measure('dossier:search', { start: started, end: performance.now() });
      })
      .finally(() => {
        if (ticket === latest.current) setSearching(false);
      });
  }, [key, revision, db, enabled]);
  return { hits, searching, refresh: () => setRevision((value) => value + 1) };
}
