// Live search over the reader's cards and notes for extension pages, newest query wins.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type DossierDatabase, getDatabase } from '../db/database';
import { type ActorHit, type ActorQuery, searchActors } from '../db/search';

/** Results for `query`; results of an older query never replace those of a newer one. */
export function useActorSearch(
  query: ActorQuery,
  db: DossierDatabase = getDatabase(),
): {
  hits: ActorHit[];
  searching: boolean;
  refresh: () => void;
} {
  const [hits, setHits] = useState<ActorHit[]>([]);
  const [searching, setSearching] = useState(false);
  const [revision, setRevision] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(query);
  useEffect(() => {
    const ticket = ++latest.current;
    setSearching(true);
    searchActors(db, JSON.parse(key) as ActorQuery)
      .then((found) => {
        if (ticket === latest.current) setHits(found);
      })
      .finally(() => {
        if (ticket === latest.current) setSearching(false);
      });
  }, [key, revision, db]);
  return { hits, searching, refresh: () => setRevision((value) => value + 1) };
}
