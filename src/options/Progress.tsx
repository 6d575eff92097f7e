import type { Progress as Figures } from '../storage/export/paging';
import { t } from '../ui/i18n';

/** A labelled progress bar with "done of total" beside it, announced politely to screen readers. */
export function ProgressBar({ label, progress }: { label: string; progress: Figures | null }) {
  if (!progress) return null;
  return (
    <div class="progress" role="status" aria-live="polite">
      <label>
        {label}{' '}
        <progress max={Math.max(progress.total, 1)} value={progress.done} />{' '}
        <span class="muted">{t('progressOf', [progress.done.toLocaleString(), progress.total.toLocaleString()])}</span>
      </label>
    </div>
  );
}
