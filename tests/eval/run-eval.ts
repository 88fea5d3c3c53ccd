// `npm run eval [-- dataDir]`: measures the people and claim finders on the shared data sets.
// dataDir defaults to ../shared/data (relative to the project root); a missing folder is reported,
// not an error, because a fresh clone has no shared data.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runClaimsEval } from './claims-eval';
import { runPeopleEval } from './people-eval';

const dataDir = resolve(process.argv[2] ?? '../shared/data');

if (!existsSync(dataDir)) {
  console.log(`Evaluation data not found at ${dataDir}.`);
  console.log('Pass the folder holding news-dev/, szeged-uncertainty/, ...: npm run eval -- /path/to/data');
} else {
  await runPeopleEval(dataDir);
  console.log('');
  await runClaimsEval(dataDir);
}
