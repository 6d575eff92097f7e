// `npm run train:intents`: refit the learned intent model from tests/data/relevance and write
// src/core/relevance/intent-weights.ts (see tests/eval/train-intents.ts).
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('../tests/eval/train-intents.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
await module.main();
