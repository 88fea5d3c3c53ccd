// Notes as Markdown or CSV, for reading or for a spreadsheet. Pure functions over records.
import type { ActorRecord, NoteRecord } from '../model/records';

const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 16).replace('T', ' ');

function notesByActor(
  actors: readonly ActorRecord[],
  notes: readonly NoteRecord[],
): [ActorRecord, NoteRecord[]][] {
  const grouped = new Map<number, NoteRecord[]>();
  for (const note of notes) grouped.set(note.actorId, [...(grouped.get(note.actorId) ?? []), note]);
  return actors
    .filter((actor) => grouped.has(actor.id!))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((actor) => [actor, grouped.get(actor.id!)!.sort((a, b) => a.createdAt - b.createdAt)]);
}

/** Escapes Markdown syntax so that names and notes read as written. */
function markdownText(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}

/** All notes as one Markdown document, a section per actor, oldest note first. */
export function notesAsMarkdown(actors: readonly ActorRecord[], notes: readonly NoteRecord[]): string {
  const lines = ['# Dossier notes', ''];
  for (const [actor, actorNotes] of notesByActor(actors, notes)) {
    const role = actor.roles[0]?.title;
    lines.push(`## ${markdownText(actor.name)}${role ? ` (${markdownText(role)})` : ''}`, '');
    for (const note of actorNotes) {
      lines.push(`- ${isoDate(note.createdAt)}: ${markdownText(note.text).replace(/\n/g, '\n  ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** One CSV cell: quoted, and guarded so a spreadsheet never runs it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** All notes as CSV: actor, role, country, created, updated, page, note. */
export function notesAsCsv(actors: readonly ActorRecord[], notes: readonly NoteRecord[]): string {
  const rows = [['actor', 'role', 'country', 'created', 'updated', 'page', 'note']];
  for (const [actor, actorNotes] of notesByActor(actors, notes)) {
    for (const note of actorNotes) {
      rows.push([
        actor.name,
        actor.roles[0]?.title ?? '',
        actor.country ?? '',
        isoDate(note.createdAt),
        isoDate(note.updatedAt),
        note.pageUrl ?? '',
        note.text,
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
