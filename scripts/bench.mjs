// `npm run bench`: performance figures. `npm run bench` runs every suite, `npm run bench -- relevance`
// runs the named ones; `--quick` shortens the timed loops (a smoke run, not figures to quote).
// Each suite is a TypeScript module under tests/bench exporting `run(context)`, bundled with
// Vite's build (as the extension ships) and then imported. It prints a table and writes tests/output/bench-<suite>.json.
// Timings never fail the command (benchmarks print figures, tests do not assert timings); a suite
// that throws does (exit code 1).
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { pathToFileURL } from 'node:url';

/** Suite name -> module. Add Chromium suites (content script, IndexedDB) here. */
const SUITES = {
  relevance: '../tests/bench/relevance.ts',
  content: '../tests/bench/content.ts',
  indexeddb: '../tests/bench/indexeddb.ts',
};

const argv = process.argv.slice(2);
const flags = argv.filter((a) => a.startsWith('--'));
const asked = argv.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(`bench: unknown suite ${unknown.join(', ')}; suites: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(SUITES);

const outDir = fileURLToPath(new URL('../tests/output/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const machine = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: availableParallelism(),
  loadAverage: Number(loadavg()[0]?.toFixed(2)),
};
const progress = (message) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${message}`);
};
const clearProgress = () => {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
};

console.info(`bench: ${names.join(', ')}${flags.length ? ` (${flags.join(' ')})` : ''} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAverage}`);
if (machine.loadAverage >= machine.cores - 0.5) console.info('bench: the machine is busy with other work (1-minute load average); expect noisy figures.');
let failed = 0;
for (const name of names) {
  const started = performance.now();
  console.info(`\n== ${name} ==`);
  try {
    // Bundle the suite first, as the extension's code is shipped: loading TypeScript through a
    // module runner adds a cost to every call across modules that the real bundle does not have.
    const entry = fileURLToPath(new URL(SUITES[name], import.meta.url));
    const bundleDir = `${outDir}.bench/${name}`;
    process.env.RAPPORT_ROOT = fileURLToPath(new URL('..', import.meta.url));
    await build({
      configFile: false,
      logLevel: 'error',
      build: {
        ssr: entry,
        outDir: bundleDir,
        emptyOutDir: true,
        minify: false,
        target: 'node20',
        rollupOptions: { output: { format: 'es', entryFileNames: 'suite.mjs' } },
      },
    });
    const module = await import(pathToFileURL(`${bundleDir}/suite.mjs`).href);
    if (typeof module.run !== 'function') throw new Error(`${SUITES[name]} does not export run(context)`);
    const result = await module.run({ flags, progress });
    clearProgress();
    const seconds = (performance.now() - started) / 1000;
    console.info(result.lines.join('\n'));
    console.info(`(${name}: ${seconds.toFixed(1)} s)`);
    const file = `${outDir}bench-${name}.json`;
    const report = { suite: name, date: new Date().toISOString(), flags, machine, seconds: Number(seconds.toFixed(1)), figures: result.figures };
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.info(`figures: ${fileURLToPath(new URL(`../tests/output/bench-${name}.json`, import.meta.url)).replace(`${process.cwd()}/`, '')}`);
  } catch (error) {
    clearProgress();
    failed++;
    console.error(`bench: suite ${name} failed:`, error);
  }
}
if (failed > 0) process.exitCode = 1;
