// `dossier analyze --jsonl`: one JSON object {"id","text"} per input line in, one record per line out.
// A bad line yields {"id": <id or null>, "error": "line N: ..."} on stdout plus a message on stderr,
// and the remaining lines are still analysed.
import { createInterface } from 'node:readline';
import { analyze, type Sensitivity } from '../detect/index';
import { toRecord } from './analysis-record';

/** Where the JSONL mode writes. */
export interface JsonlOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

type Parsed =
  | { ok: true; id: string | number; text: string }
  | { ok: false; id: string | number | null; error: string };

function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: 'expected a JSON object {"id", "text"}' };
  }
  const rec = value as Record<string, unknown>;
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : null;
  if (id === null) return { ok: false, id: null, error: '"id" must be a string or a number' };
  if (typeof rec.text !== 'string') return { ok: false, id, error: '"text" must be a string' };
  return { ok: true, id, text: rec.text };
}

/** Analyses every line of `input`; resolves to the number of lines that failed. */
export async function runJsonl(
  input: NodeJS.ReadableStream,
  output: JsonlOutput,
  sensitivity: Sensitivity,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (!parsed.ok) {
      failed++;
      const error = `line ${lineNo}: ${parsed.error}`;
      output.out(JSON.stringify({ id: parsed.id, error }));
      output.err(`dossier: ${error}`);
      continue;
    }
    try {
      output.out(JSON.stringify(toRecord(parsed.id, analyze(parsed.text, { sensitivity }))));
    } catch (err) {
      failed++;
      const error = `line ${lineNo}: analysis failed: ${err instanceof Error ? err.message : String(err)}`;
      output.out(JSON.stringify({ id: parsed.id, error }));
      output.err(`dossier: ${error}`);
    }
  }
  return failed;
}
