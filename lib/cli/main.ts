// The `dossier` command: argument parsing and dispatch. Runs in Node through lib/cli/bin.mjs.
import { analyze, type Sensitivity } from '../detect/index';
import { SENSITIVITIES } from '../settings/settings';
import { toRecord } from './analysis-record';
import { runJsonl } from './jsonl';
import { CliError, readDocument } from './read-document';
import { formatReadable } from './readable';
import { USAGE } from './usage';

const VERSION = '0.1.0';

interface AnalyzeArgs {
  jsonl: boolean;
  json: boolean;
  withText: boolean;
  sensitivity: Sensitivity;
  files: string[];
}

function parseAnalyzeArgs(args: readonly string[]): AnalyzeArgs {
  const parsed: AnalyzeArgs = {
    jsonl: false,
    json: false,
    withText: false,
    sensitivity: 'balanced',
    files: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--jsonl') parsed.jsonl = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--with-text') parsed.withText = true;
    else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      const level = SENSITIVITIES.find((s) => s === value);
      if (!level) throw new CliError(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`, 2);
      parsed.sensitivity = level;
    } else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option ${arg}`, 2);
    else parsed.files.push(arg);
  }
  return parsed;
}

function analyzeFile(path: string, args: AnalyzeArgs): void {
  const doc = readDocument(path);
  const analysis = analyze(doc.text, { sensitivity: args.sensitivity });
  if (args.json) {
    const record = args.withText ? { ...toRecord(path, analysis), text: doc.text } : toRecord(path, analysis);
    process.stdout.write(`${JSON.stringify(record)}\n`);
  } else process.stdout.write(`${formatReadable(path, doc.text, analysis)}\n`);
}

/** Runs the command with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // A closed pipe ("dossier analyze --jsonl < big.jsonl | head") ends the run quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    if (command === '-h' || command === '--help' || command === 'help' || rest.includes('--help')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command === '-v' || command === '--version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command !== 'analyze') throw new CliError(`unknown command "${command}" (try dossier --help)`, 2);
    const args = parseAnalyzeArgs(rest);
    if (args.jsonl) {
      if (args.files.length > 0) throw new CliError('--jsonl reads stdin; do not give a file as well', 2);
      const failed = await runJsonl(
        process.stdin,
        { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) },
        args.sensitivity,
      );
      return failed > 0 ? 1 : 0;
    }
    if (args.files.length !== 1)
      throw new CliError('give one FILE.html or FILE.txt, or --jsonl (see dossier --help)', 2);
    analyzeFile(args.files[0] ?? '', args);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`dossier: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(
      `dossier: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 1;
  }
}
