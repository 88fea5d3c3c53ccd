// The browsers every two-browser E2E suite runs in, for describe.each: a name and how to launch it
// with Dossier loaded.
import { launchChromium } from './chromium-session';
import { launchFirefox } from './firefox-session';

export const EACH_BROWSER = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const;
