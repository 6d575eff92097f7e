// `npm run eval`: quality figures from labeled data. Loads the TypeScript evaluation through
// Vite's module runner (no extra tool), prints the tables, exits non-zero when a target is missed
// only with --strict (the numbers are the product; CI prints them, it does not gate on them).
import { runnerImport } from 'vite';

const argv = process.argv.slice(2);
const { module } = await runnerImport(new URL('../tests/eval/main.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
const ok = await module.main(argv);
if (!ok && argv.includes('--strict')) process.exitCode = 1;
