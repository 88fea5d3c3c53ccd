// Parses JSON text, turning the engine's syntax error into a reader-facing ImportError with a line number.
import { ImportError } from './types';

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Where the engine's message says the error is, as an index into `text`: from "at position N", or by
 * finding the quoted excerpt that newer engines give instead (`Unexpected token ',', ..."[,]"... is not valid JSON`).
 */
function errorIndex(message: string, text: string): number | undefined {
  const position = /position (\d{1,12})/.exec(message)?.[1];
  if (position) return Number(position);
  const excerpt = /, (?:\.\.\.)?"([\s\S]{1,200})"(?:\.\.\.)? is not valid JSON$/.exec(message)?.[1];
  if (!excerpt) return undefined;
  const found = text.indexOf(excerpt);
  if (found === -1) return undefined;
  const token = /token '(.)'/.exec(message)?.[1];
  const within = token ? excerpt.indexOf(token) : -1;
  return found + Math.max(0, within);
}

/** The parsed value; throws ImportError("This file is not valid JSON (line 3).") on a syntax error. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const index = errorIndex(message, text);
    const cutOff =
      /end of (JSON input|data)/i.test(message) || (index !== undefined && index >= text.trimEnd().length);
    if (cutOff) {
      throw new ImportError('This file is not valid JSON: it ends too early (it may have been cut off).');
    }
    const line =
      /line (\d{1,9})/.exec(message)?.[1] ?? (index !== undefined ? String(lineAt(text, index)) : undefined);
    throw new ImportError(
      line ? `This file is not valid JSON (line ${line}).` : 'This file is not valid JSON.',
    );
  }
}
