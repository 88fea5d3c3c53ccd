// "Import and export": a complete backup, notes as Markdown or CSV, and importing a backup. An import
// is checked whole and previewed first, then applied all or nothing.
import { useRef, useState } from 'preact/hooks';
import { ConfirmBar } from '../../components/ConfirmBar';
import { applyBackupImport, exportBackup, type ImportPlan, planBackupImport } from '../../lib/db/backup';
import { type BackupFile, MAX_BACKUP_SIZE, parseBackup } from '../../lib/db/backup-format';
import { getDatabase } from '../../lib/db/database';
import { notesAsCsv, notesAsMarkdown } from '../../lib/db/notes-export';
import { fileDate, saveTextFile } from '../../lib/ui/download';

export interface BackupPanelProps {
  onChanged: () => void;
}

type Pending = { fileName: string; backup: BackupFile; plan: ImportPlan };

const describePlan = (plan: ImportPlan): string =>
  `${plan.actorsAdded} new card${plan.actorsAdded === 1 ? '' : 's'}, ${plan.actorsMerged} merged into cards you have, ` +
  `${plan.notesAdded} note${plan.notesAdded === 1 ? '' : 's'} added` +
  (plan.notesAlreadyThere > 0 ? ` (${plan.notesAlreadyThere} already there)` : '') +
  `, ${plan.sightingsAdded} sighting${plan.sightingsAdded === 1 ? '' : 's'}.`;

/** Export buttons and the import flow with its preview. */
export function BackupPanel({ onChanged }: BackupPanelProps) {
  const db = getDatabase();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportNotes = async (format: 'md' | 'csv'): Promise<void> => {
    const [actors, notes] = await Promise.all([db.actors.toArray(), db.notes.toArray()]);
    if (format === 'md')
      saveTextFile(`dossier-notes-${fileDate()}.md`, notesAsMarkdown(actors, notes), 'text/markdown');
    else saveTextFile(`dossier-notes-${fileDate()}.csv`, notesAsCsv(actors, notes), 'text/csv');
  };

  const readFile = async (file: File): Promise<void> => {
    setPending(null);
    setMessage(null);
    try {
      if (file.size > MAX_BACKUP_SIZE)
        throw new Error(`The file is larger than ${MAX_BACKUP_SIZE / 1024 / 1024} MB.`);
      const backup = parseBackup(await file.text());
      setPending({ fileName: file.name, backup, plan: await planBackupImport(db, backup) });
    } catch (failure) {
      setMessage({
        text: `Nothing was imported. ${failure instanceof Error ? failure.message : String(failure)}`,
        error: true,
      });
    }
  };

  const apply = async (): Promise<void> => {
    if (!pending) return;
    try {
      const done = await applyBackupImport(db, pending.backup);
      setMessage({ text: `Imported ${pending.fileName}: ${describePlan(done)}`, error: false });
      onChanged();
    } catch (failure) {
      setMessage({
        text: `Nothing was imported. ${failure instanceof Error ? failure.message : String(failure)}`,
        error: true,
      });
    }
    setPending(null);
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Import and export</h2>
      <p class="status">A backup holds every card, note and sighting. Keep one before big changes.</p>
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
          aria-label="Backup file to import"
          accept=".json,application/json"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
      </div>
      {pending ? (
        <ConfirmBar
          message={`Import ${pending.fileName}? It will add ${describePlan(pending.plan)} Nothing you have is deleted.`}
          confirmLabel="Apply import"
          onConfirm={() => void apply()}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {message ? (
        <p class={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
