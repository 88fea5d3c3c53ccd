// "Actors and notes": search over names, aliases and notes, filters, and bulk delete with confirmation.
import { useEffect, useState } from 'preact/hooks';
import { ActorHitList } from '../../components/ActorHitList';
import { type ActorFilter, ActorSearchForm } from '../../components/ActorSearchForm';
import { ConfirmBar } from '../../components/ConfirmBar';
import { deleteActors } from '../../lib/db/actor-edits';
import { getDatabase } from '../../lib/db/database';
import { listCountries } from '../../lib/db/search';
import { useActorSearch } from '../../lib/ui/use-actor-search';

export interface ActorManagerProps {
  onOpen: (actorId: number) => void;
  /** Changes whenever the database was changed elsewhere on this page (import, erase). */
  revision: number;
}

/** The searchable, filterable list of every card, with selection for bulk delete. */
export function ActorManager({ onOpen, revision }: ActorManagerProps) {
  const db = getDatabase();
  const [filter, setFilter] = useState<ActorFilter>({ text: '', kind: '', country: '', sort: 'name' });
  const [countries, setCountries] = useState<string[]>([]);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const { hits, refresh } = useActorSearch({
    text: filter.text,
    sort: filter.sort,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.country ? { country: filter.country } : {}),
  });

  useEffect(() => {
    void listCountries(db).then(setCountries);
    refresh();
  }, [revision]);

  const toggle = (actorId: number): void => {
    const next = new Set(selected);
    if (next.has(actorId)) next.delete(actorId);
    else next.add(actorId);
    setSelected(next);
  };
  const selectedNotes = hits
    .filter((hit) => selected.has(hit.actor.id!))
    .reduce((sum, hit) => sum + hit.noteCount, 0);

  const remove = async (): Promise<void> => {
    const result = await deleteActors(db, [...selected]);
    setConfirming(false);
    setSelected(new Set());
    setStatus(
      `Deleted ${result.actors} card${result.actors === 1 ? '' : 's'} and ${result.notes} note${result.notes === 1 ? '' : 's'}.`,
    );
    refresh();
  };

  return (
    <section aria-labelledby="actors-heading">
      <h2 id="actors-heading">Actors and notes</h2>
      <ActorSearchForm filter={filter} countries={countries} onChange={setFilter} />
      <div class="bulk-bar">
        <span>
          {hits.length} shown{selected.size > 0 ? `, ${selected.size} selected` : ''}
        </span>
        <button type="button" disabled={selected.size === 0} onClick={() => setConfirming(true)}>
          Delete selected
        </button>
      </div>
      {confirming ? (
        <ConfirmBar
          message={`Delete ${selected.size} card${selected.size === 1 ? '' : 's'} and ${selectedNotes} note${selectedNotes === 1 ? '' : 's'}? This cannot be undone; export a backup first if you may want them back.`}
          confirmLabel={`Delete ${selected.size} card${selected.size === 1 ? '' : 's'}`}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {status ? (
        <p class="status" role="status">
          {status}
        </p>
      ) : null}
      <ActorHitList
        hits={hits}
        emptyText={filter.text ? 'Nothing matches.' : 'No cards yet: they are created as you read.'}
        selected={selected}
        onToggle={toggle}
        onOpen={onOpen}
      />
    </section>
  );
}
