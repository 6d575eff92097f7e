// Build both browsers from one source: dist/chrome and dist/firefox.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];

for (const target of targets) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // The plugin re-loads this config for each entry; its TS imports are fine for the bundling loader.
    env: { ...process.env, TARGET: target, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (run.status !== 0) {
    console.error(`Build for ${target} failed.`);
    process.exit(run.status ?? 1);
  }
  console.log(`built dist/${target} in ${Math.round(performance.now() - started)} ms`);
}
