/**
 * Run `work` in a task of its own, after what the page is doing now: big pages are handled as
 * several short tasks instead of one long one (issue 3: no task of Rapport's over one frame).
 * `scheduler.postTask` where the browser has it (no 4 ms timer clamp), else a zero timeout.
 */
interface PostTask {
  postTask(work: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): Promise<unknown>;
}

export function laterTask(work: () => unknown): void {
  const scheduler = (globalThis as { scheduler?: PostTask }).scheduler;
  const run = () => {
    try {
      void work();
    } catch (error) {
      console.warn('[Rapport] task failed', error);
    }
  };
  if (scheduler?.postTask) void scheduler.postTask(run, { priority: 'user-visible' }).catch(() => undefined);
  else setTimeout(run, 0);
}
