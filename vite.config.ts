import { cpSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { contentScripts } from './src/sites/registry';

// One source, two builds: TARGET=chrome (service worker) or TARGET=firefox (background scripts,
// gecko settings). `{{chrome}}.` / `{{firefox}}.` keys in manifest.json pick per browser.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const readJson = (path: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8'));

function manifest() {
  const template = readJson('manifest.json');
  const pkg = readJson('package.json');
  // Content scripts come from the site registry, the only list of sites: one a site, each a
  // bundle with that site's adapter alone (a page compiles none of the other sites' code).
  const [contentScript] = template.content_scripts;
  return {
    ...template,
    version: pkg.version,
    content_scripts: contentScripts().map(({ matches, entry }) => ({ ...contentScript, matches, js: [entry] })),
  };
}

/**
 * assets/ holds sources too (the icon SVG, store screenshots): ship only what the extension
 * loads, the PNG icons and the locale strings.
 */
function copyShippedAssets(outDir: string): Plugin {
  return {
    name: 'rapport-copy-shipped-assets',
    apply: 'build',
    closeBundle() {
      cpSync('assets/_locales', `${outDir}/_locales`, { recursive: true });
      cpSync('assets/icons', `${outDir}/icons`, { recursive: true, filter: (src) => !src.endsWith('.svg') });
    },
  };
}

const outDir = `dist/${target}`;

export default defineConfig({
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Readable output helps store reviewers; the content script is small anyway.
    minify: process.env.RAPPORT_MINIFY !== '0',
    sourcemap: false,
  },
  plugins: [
    copyShippedAssets(outDir),
    webExtension({
      browser: target,
      manifest,
      // src/content/index.ts, with every site: for hosts a person turns Rapport on for, and on-demand pages.
      additionalInputs: ['src/dashboard/index.html', 'src/demo/demo.html', 'src/content/index.ts'],
      disableAutoLaunch: true,
      printSummary: false,
      // Its validation fetches a schema from the network; the e2e tests load the real manifest instead.
      skipManifestValidation: true,
      watchFilePaths: ['manifest.json', 'src/sites/registry.ts'],
    }),
  ],
});
