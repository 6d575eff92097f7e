import { runRelevanceEval } from './relevance';
import { runRepliesEval } from './replies';

export async function main(argv: string[]): Promise<boolean> {
  const only = argv.find((a) => !a.startsWith('--'));
  let ok = true;
  if (!only || only === 'relevance') {
    const result = runRelevanceEval(argv);
    console.info(result.lines.join('\n'));
    ok &&= result.ok;
  }
  if (!only || only === 'replies') {
    const result = runRepliesEval(argv);
    console.info(['', ...result.lines].join('\n'));
    ok &&= result.ok;
  }
  return ok;
}
