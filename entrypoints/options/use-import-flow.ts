// The import flow of the options page: read the chosen file, tell a backup from an officials list,
// preview what would change (with a column mapping for CSV), then apply it all or nothing.
import { useState } from 'preact/hooks';
import { applyBackupImport, type ImportPlan, planBackupImport } from '../../lib/db/backup';
import { type BackupFile, MAX_BACKUP_SIZE, parseBackup } from '../../lib/db/backup-format';
import { getDatabase } from '../../lib/db/database';
import { applyListImport, type ListImportPlan, planListImport } from '../../lib/db/list-import';
import { detectImportFormat, guessCsvMapping, readCsvHeaders, readImportFile } from '../../lib/import';
import type { ColumnMapping, ImportReport } from '../../lib/import/types';

/** A file read and checked, waiting for the reader's go-ahead. */
export type PendingImport =
  | { kind: 'backup'; fileName: string; backup: BackupFile; plan: ImportPlan }
  | {
      kind: 'list';
      fileName: string;
      text: string;
      headers: string[] | null;
      mapping: ColumnMapping;
      report: ImportReport;
      plan: ListImportPlan;
    };

export type ImportMessage = { text: string; error: boolean };

const plural = (count: number, word: string): string =>
  `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;

/** One line saying what a pending import will do. */
export function describePending(pending: PendingImport): string {
  if (pending.kind === 'backup') {
    const { plan } = pending;
    return (
      `${plural(plan.actorsAdded, 'new card')}, ${plan.actorsMerged.toLocaleString('en')} merged into cards you have, ` +
      `${plural(plan.notesAdded, 'note')} added` +
      (plan.notesAlreadyThere > 0 ? ` (${plan.notesAlreadyThere} already there)` : '') +
      `, ${plural(plan.sightingsAdded, 'sighting')}.`
    );
  }
  const { plan, report } = pending;
  const skipped =
    report.skippedTotal > 0
      ? ` (${plural(report.skippedTotal, 'row')} skipped: ${report.skipped[0]?.reason ?? ''})`
      : '';
  return `${plural(report.actors.length, 'actor')} read${skipped}: ${plural(plan.actorsAdded, 'new card')}, ${plan.actorsMerged.toLocaleString('en')} merged into cards you have.`;
}

const isBackup = (text: string): boolean =>
  /^\s*\{[\s\S]{0,200}"format"\s*:\s*"dossier-backup"/.test(text.slice(0, 400));
const failure = (error: unknown): ImportMessage => ({
  text: `Nothing was imported. ${error instanceof Error ? error.message : String(error)}`,
  error: true,
});

/** State and actions of the import flow. */
export function useImportFlow(onChanged: () => void) {
  const db = getDatabase();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [message, setMessage] = useState<ImportMessage | null>(null);

  const previewList = async (
    fileName: string,
    text: string,
    mapping: ColumnMapping,
    headers: string[] | null,
  ): Promise<void> => {
    const report = readImportFile(fileName, text, headers ? { mapping } : {});
    setPending({
      kind: 'list',
      fileName,
      text,
      headers,
      mapping,
      report,
      plan: await planListImport(db, report.actors),
    });
  };

  const choose = async (file: File): Promise<void> => {
    setPending(null);
    setMessage(null);
    try {
      if (file.size > MAX_BACKUP_SIZE)
        throw new Error(`The file is larger than ${MAX_BACKUP_SIZE / 1024 / 1024} MB.`);
      const text = await file.text();
      if (isBackup(text)) {
        const backup = parseBackup(text);
        setPending({ kind: 'backup', fileName: file.name, backup, plan: await planBackupImport(db, backup) });
        return;
      }
      const format = detectImportFormat(file.name, text);
      if (format === null) {
        throw new Error(
          'Dossier reads its own backups, CSV files, Wikidata query results (JSON or CSV) and the US Congress legislators list (YAML).',
        );
      }
      const headers = format === 'csv' ? readCsvHeaders(text) : null;
      await previewList(file.name, text, headers ? guessCsvMapping(headers) : {}, headers);
    } catch (error) {
      setMessage(failure(error));
    }
  };

  const remap = async (mapping: ColumnMapping): Promise<void> => {
    if (pending?.kind !== 'list') return;
    try {
      await previewList(pending.fileName, pending.text, mapping, pending.headers);
    } catch (error) {
      setMessage(failure(error));
    }
  };

  const apply = async (): Promise<void> => {
    if (!pending) return;
    try {
      if (pending.kind === 'backup') await applyBackupImport(db, pending.backup);
      else await applyListImport(db, pending.report.actors);
      setMessage({ text: `Imported ${pending.fileName}: ${describePending(pending)}`, error: false });
      onChanged();
    } catch (error) {
      setMessage(failure(error));
    }
    setPending(null);
  };

  return { pending, message, choose, remap, apply, cancel: () => setPending(null) };
}
