import { useState } from 'preact/hooks';
import { send } from '../messages/bus';
import type { GoalWithProgress } from '../messages/protocol';
import { t } from '../ui/i18n';
import { goalState, goalTitle, progressText, targetInput, targetValue } from './goal-text';

/** The bar's figures: a count against its target, or a disclosure share in percent against 100. */
function barOf({ goal, progress }: GoalWithProgress) {
  if (goal.metric === 'disclosure_rate') {
    const now = progress.value === null ? 0 : Math.round(progress.value * 100);
    // The mark is the target share: a share is not built up over the week.
    return { now, max: 100, fill: now / 100, mark: goal.target };
  }
  const value = progress.value ?? 0;
  // aria-valuenow may not pass the maximum: the words say how far past it the rep went.
  return { now: Math.min(value, goal.target), max: goal.target, fill: Math.min(1, progress.ratio ?? 0), mark: progress.elapsed };
}

/** "day 3 of 7": how far into its period, which the bar's mark shows for a count. */
function dayOf({ progress }: GoalWithProgress): string {
  // Days of the period in whole days (a DST change makes one 23 or 25 hours).
  const days = Math.round((Date.parse(progress.to) - Date.parse(progress.from)) / 86_400_000);
  return t('goalDayOf', [String(Math.min(days, Math.floor(progress.elapsed * days) + 1)), String(days)]);
}

/** One goal: its progress bar and words, its target to edit, and archive. */
export function GoalItem({ item, onChanged }: { item: GoalWithProgress; onChanged: (said: string) => void }) {
  const { goal } = item;
  const title = goalTitle(goal);
  const label = progressText(item);
  const { state, text } = goalState(item);
  const bar = barOf(item);
  const [target, setTarget] = useState(targetInput(goal));
  const [error, setError] = useState('');
  const fail = (err: unknown) => setError(err instanceof Error ? err.message : String(err));
  const save = (e: Event) => {
    e.preventDefault();
    const { id, metric, period, site, community } = goal;
    send('goals/save', { id, metric, period, target: targetValue(metric, target), ...(site ? { site } : {}), ...(community ? { community } : {}) }).then(
      () => onChanged(t('goalTargetSaved')),
      fail,
    );
  };
  const archive = () => void send('goals/archive', { id: goal.id }).then(() => onChanged(t('goalArchived', title)), fail);
  return (
    <li class="goal" aria-label={title}>
      <div class="goal-head">
        <h3>{title}</h3>
        <span class="muted">{t(`goalEvery_${goal.period}`)}</span>
        <span class={`goal-state ${state}`}>{text}</span>
      </div>
      <div
        class={`goal-bar ${state}`}
        role="progressbar"
        aria-label={title}
        aria-valuemin={0}
        aria-valuemax={bar.max}
        aria-valuenow={bar.now}
        aria-valuetext={`${label}. ${text}`}
      >
        <span class="goal-fill" style={{ width: `${bar.fill * 100}%` }} />
        <span class="goal-mark" aria-hidden="true" style={{ left: `${Math.min(1, bar.mark) * 100}%` }} />
      </div>
      <p class="goal-label">
        {label}
        {goal.metric !== 'disclosure_rate' && <span class="muted"> · {dayOf(item)}</span>}
      </p>
      <form class="row goal-edit" onSubmit={save}>
        <label class="goal-target">
          {t('goalTargetShort')}
          <input
            type="number"
            min={goal.metric === 'disclosure_rate' ? 0 : 1}
            max={goal.metric === 'disclosure_rate' ? 100 : 1_000_000}
            step={1}
            required
            value={target}
            aria-label={t('goalEditTarget', title)}
            onInput={(e) => setTarget(e.currentTarget.value)}
          />
          {goal.metric === 'disclosure_rate' && '%'}
        </label>
        <button type="submit">{t('goalSaveTarget')}</button>
        <button type="button" onClick={archive} aria-label={t('goalArchiveLabel', title)}>
          {t('goalArchive')}
        </button>
        {error && <span role="alert" class="error">{error}</span>}
      </form>
    </li>
  );
}
