// Find a Chromium-family browser and compute the id Chromium gives an unpacked extension.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** CHROME_PATH wins; otherwise the first browser found; undefined when none. */
export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const INSTALL_HINT =
  'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.';

/** Flags that keep Chromium quiet on a machine without internet (verified in ../shared/guide/browser-testing.md). */
export const QUIET_FLAGS = [
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits mapped to a-p. */
export function unpackedExtensionId(absolutePath) {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
