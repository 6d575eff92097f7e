// `npm start`: build, then open Chromium with Rapport loaded on the bundled demo community.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, INSTALL_HINT, QUIET_FLAGS, unpackedExtensionId } from './chromium.mjs';

const build = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const dist = resolve('dist/chrome');
const browser = findChromium();
if (!browser) {
  console.error(`\n${INSTALL_HINT}\n`);
  console.error('Or load Rapport by hand: open chrome://extensions, turn on Developer mode,');
  console.error(`click "Load unpacked" and choose ${dist}. Then open Rapport's settings > "Open the demo community".`);
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found (DISPLAY is unset). On a headless machine run: xvfb-run -a npm start');
  process.exit(1);
}

const demoUrl = `chrome-extension://${unpackedExtensionId(dist)}/src/demo/demo.html`;
// A fresh profile each time, so the demo starts clean and your own browser profile is untouched.
const profile = mkdtempSync(join(tmpdir(), 'rapport-start-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  ...QUIET_FLAGS,
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
console.log(`Opening ${browser} with Rapport on the demo community:\n  ${demoUrl}`);
const child = spawn(browser, [...args, 'about:blank'], { stdio: 'ignore' });
child.on('exit', (code) => process.exit(code ?? 0));

// A chrome-extension:// URL given at launch races the extension's loading and is blocked.
// Once the browser is up, a second invocation with the same profile hands the URL to it.
const openDemo = (attempt) =>
  setTimeout(() => {
    const again = spawnSync(browser, [...args, demoUrl], { stdio: 'ignore', timeout: 10_000 });
    if (again.status !== 0 && attempt < 3) openDemo(attempt + 1);
  }, 2_500);
openDemo(1);
