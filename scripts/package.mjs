// Zip the built extension for the stores: dist/chrome -> dist/rapport-chrome-<version>.zip,
// dist/firefox -> dist/rapport-firefox-<version>.zip, manifest.json at the root of each.
// `npm run package` builds first; run alone, this expects `npm run build` to have run.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const targets = ['chrome', 'firefox'];

for (const target of targets) {
  const manifestPath = `${root}dist/${target}/manifest.json`;
  if (!existsSync(manifestPath)) {
    console.error(`dist/${target} is missing (no manifest.json): run \`npm run build\` first.`);
    process.exit(1);
  }
  const built = JSON.parse(readFileSync(manifestPath, 'utf8')).version;
  if (built !== version) {
    console.error(
      `dist/${target} was built as version ${built}, package.json says ${version}: run \`npm run build\` again.`,
    );
    process.exit(1);
  }
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
for (const target of targets) {
  const out = `dist/rapport-${target}-${version}.zip`;
  const { files, bytes } = await zipDirectory(`${root}dist/${target}`, `${root}${out}`);
  console.info(`${out}  ${kib(bytes)}  (${files} files)`);
}
