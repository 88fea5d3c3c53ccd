// Finds the system browsers the E2E tests drive, and says exactly how to install a missing one.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
} as const;

/** Path of the browser's executable (env DOSSIER_CHROMIUM / DOSSIER_FIREFOX wins); throws with a fix if absent. */
export function findBrowser(kind: keyof typeof CANDIDATES): string {
  const override = process.env[kind === 'chromium' ? 'DOSSIER_CHROMIUM' : 'DOSSIER_FIREFOX'];
  const found = [override, ...CANDIDATES[kind]].find((path): path is string =>
    Boolean(path && existsSync(path)),
  );
  if (found) return found;
  throw new Error(
    `${kind} is not installed. On Debian/Ubuntu run: sudo apt-get install -y ${kind === 'chromium' ? 'chromium' : 'firefox-esr'} ` +
      '(or run "bash .ci/install-browsers.sh" as root).',
  );
}
