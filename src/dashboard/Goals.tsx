import { useEffect, useState } from 'preact/hooks';
import { send } from '../messages/bus';
import type { GoalWithProgress } from '../messages/protocol';
import { t } from '../ui/i18n';
import { GoalForm } from './GoalForm';
import { GoalItem } from './GoalItem';

/** Measurable goals: each with its progress this week or month, and a form to add one. */
export function Goals({ version }: { version: number }) {
  const [goals, setGoals] = useState<GoalWithProgress[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const load = () =>
    void send('goals/list', { archived: false }).then(setGoals, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  useEffect(load, [version]);
  const changed = (said: string) => {
    setStatus(said);
    load();
  };
  return (
    <section id="goals" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goalsHeading')}</h2>
      <p class="muted">{t('goalsPeriodNote')}</p>
      {error && <p role="alert" class="error">{error}</p>}
      {goals === null && !error && <p class="muted">{t('loading')}</p>}
      {goals?.length === 0 && <p class="muted">{t('goalsEmpty')}</p>}
      {goals && goals.length > 0 && (
        <ul class="goal-list" aria-label={t('goalsListLabel')}>
          {goals.map((item) => (
            <GoalItem key={`${item.goal.id}:${item.goal.updatedAt}`} item={item} onChanged={changed} />
          ))}
        </ul>
      )}
      <p role="status" class="muted">
        {status}
      </p>
      <GoalForm onAdded={changed} />
    </section>
  );
}
