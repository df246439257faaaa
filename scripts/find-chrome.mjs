// Finds the Chromium that browser tests, the Storybook smoke check and end-to-end tests drive.
// No tool in this repo downloads a browser: we use the one the machine has (Debian's `chromium`).
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const INSTALL_HINT = [
  'No Chromium or Chrome was found for the browser tests.',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  Or point CHROME_PATH at a Chrome/Chromium executable: CHROME_PATH=/path/to/chrome npm test',
].join('\n');

/** @returns {string} path of a Chromium executable; throws with install instructions when none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}" but no file is there.\n${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/**
 * Flags for headless Chromium on CI and developer machines. --no-sandbox because CI runs as root;
 * the background-networking flags keep Chromium from calling home on a closed network.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
