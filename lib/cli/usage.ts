// Usage text of the `dossier` command.

/** Printed by `dossier --help`. */
export const USAGE = `Dossier: find named officials, people and unconfirmed claims in news text.

Usage:
  dossier analyze --jsonl [--sensitivity LEVEL] < input.jsonl
      Reads JSON Lines {"id", "text"} from stdin and writes one JSON line per input:
      {"id","people":[{"start","end"}],"officials":[{"start","end","title"?,"name"?}],
       "claims":[{"start","end","category","cues":[{"start","end"}]}]}
      Offsets are UTF-16 indexes into "text", end exclusive; name spans exclude titles.
      A malformed line gives {"id", "error": "line N: ..."} (and a message on stderr);
      the other lines are still analysed, and the exit code is 1.

  dossier analyze FILE.html|FILE.txt [--json] [--with-text] [--sensitivity LEVEL]
      Analyses one document. HTML is reduced to its visible text first (offsets refer to
      that text; --with-text adds it to the JSON as "text"). Prints a readable report,
      or with --json the same JSON record as above (id = the file path).

Options:
  --sensitivity strict|balanced|broad   how eagerly claims are flagged (default balanced)
  -h, --help                            show this help
  -v, --version                         show the version

Exit codes: 0 success, 1 some input could not be analysed, 2 bad usage.`;
