// "Import and export": a complete backup, notes as Markdown or CSV, and importing a backup or an
// officials list. An import is checked whole and previewed first, then applied all or nothing.
import { useRef } from 'preact/hooks';
import { ColumnMapper } from '../../components/ColumnMapper';
import { ConfirmBar } from '../../components/ConfirmBar';
import { exportBackup } from '../../lib/db/backup';
import { getDatabase } from '../../lib/db/database';
import { notesAsCsv, notesAsMarkdown } from '../../lib/db/notes-export';
import { fileDate, saveTextFile } from '../../lib/ui/download';
import { describePending, useImportFlow } from './use-import-flow';

export interface BackupPanelProps {
  onChanged: () => void;
}

/** Export buttons and the import flow with its preview. */
export function BackupPanel({ onChanged }: BackupPanelProps) {
  const db = getDatabase();
  const fileInput = useRef<HTMLInputElement>(null);
  const flow = useImportFlow(onChanged);

  const exportNotes = async (format: 'md' | 'csv'): Promise<void> => {
    const [actors, notes] = await Promise.all([db.actors.toArray(), db.notes.toArray()]);
    if (format === 'md')
      saveTextFile(`dossier-notes-${fileDate()}.md`, notesAsMarkdown(actors, notes), 'text/markdown');
    else saveTextFile(`dossier-notes-${fileDate()}.csv`, notesAsCsv(actors, notes), 'text/csv');
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Import and export</h2>
      <p class="status">
        A backup holds every card, note and sighting. Keep one before big changes. “Import” also takes lists
        of officials: CSV (you choose the columns), Wikidata query results (JSON or CSV) and the US Congress
        legislators list (YAML).
      </p>
      <div class="row-buttons">
        <button
          type="button"
          onClick={() =>
            void exportBackup(db).then((json) =>
              saveTextFile(`dossier-backup-${fileDate()}.json`, json, 'application/json'),
            )
          }
        >
          Export
        </button>
        <button type="button" onClick={() => void exportNotes('md')}>
          Export notes as Markdown
        </button>
        <button type="button" onClick={() => void exportNotes('csv')}>
          Export notes as CSV
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import
        </button>
        <input
          ref={fileInput}
          type="file"
          class="visually-hidden"
          aria-label="File to import"
          accept=".json,.srj,.csv,.tsv,.txt,.yaml,.yml"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void flow.choose(file);
          }}
        />
      </div>
      {flow.pending?.kind === 'list' && flow.pending.headers ? (
        <ColumnMapper
          headers={flow.pending.headers}
          mapping={flow.pending.mapping}
          onChange={(mapping) => void flow.remap(mapping)}
        />
      ) : null}
      {flow.pending ? (
        <ConfirmBar
          message={`Import ${flow.pending.fileName}? ${describePending(flow.pending)} Nothing you have is deleted.`}
          confirmLabel="Apply import"
          onConfirm={() => void flow.apply()}
          onCancel={flow.cancel}
        />
      ) : null}
      {flow.message ? (
        <p class={flow.message.error ? 'error' : 'status'} role={flow.message.error ? 'alert' : 'status'}>
          {flow.message.text}
        </p>
      ) : null}
    </section>
  );
}
