#!/usr/bin/env node
// Entry point of the `dossier` command: loads the TypeScript CLI through tsx and passes on its exit code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
