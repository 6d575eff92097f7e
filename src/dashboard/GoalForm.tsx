import { useState } from 'preact/hooks';
import { SiteIdSchema } from '../core/post';
import { send } from '../messages/bus';
import { GoalMetricSchema, type GoalRecord } from '../storage/schemas';
import { t } from '../ui/i18n';
import { goalTitle, siteLabel, targetValue } from './goal-text';

const SITES = SiteIdSchema.options.filter((site) => site !== 'demo');
type Metric = GoalRecord['metric'];
const defaultTarget = (metric: Metric) => (metric === 'disclosure_rate' ? '100' : '10');

/** "Add a goal": what to measure, how much, each week or month, and optionally where. */
export function GoalForm({ onAdded }: { onAdded: (said: string) => void }) {
  const [metric, setMetric] = useState<Metric>('replied');
  const [target, setTarget] = useState(defaultTarget('replied'));
  const [period, setPeriod] = useState<GoalRecord['period']>('week');
  const [site, setSite] = useState('');
  const [community, setCommunity] = useState('');
  const [error, setError] = useState('');
  const chooseMetric = (next: Metric) => {
    // A count and a percentage are different numbers: switching kind starts from that kind's default.
    if ((next === 'disclosure_rate') !== (metric === 'disclosure_rate')) setTarget(defaultTarget(next));
    setMetric(next);
  };
  const add = (e: Event) => {
    e.preventDefault();
    setError('');
    const where = { ...(site ? { site: SiteIdSchema.parse(site) } : {}), ...(community.trim() ? { community: community.trim() } : {}) };
    send('goals/save', { metric, target: targetValue(metric, target), period, ...where }).then(
      (goal) => {
        if (goal) onAdded(t('goalAdded', goalTitle(goal)));
        setCommunity('');
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  };
  const share = metric === 'disclosure_rate';
  return (
    <form class="goal-form" onSubmit={add} aria-labelledby="goal-add-heading" aria-describedby="goal-hint">
      <h3 id="goal-add-heading">{t('goalAddHeading')}</h3>
      <div class="fields">
        <label>
          {t('goalMetricLabel')}
          <select value={metric} onChange={(e) => chooseMetric(GoalMetricSchema.parse(e.currentTarget.value))}>
            {GoalMetricSchema.options.map((m) => (
              <option key={m} value={m}>
                {t(`goalMetric_${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(share ? 'goalTargetPercentLabel' : 'goalTargetLabel')}
          <input type="number" required min={share ? 0 : 1} max={share ? 100 : 1_000_000} step={1} value={target} onInput={(e) => setTarget(e.currentTarget.value)} />
        </label>
        <label>
          {t('goalPeriodLabel')}
          <select value={period} onChange={(e) => setPeriod(e.currentTarget.value === 'month' ? 'month' : 'week')}>
            <option value="week">{t('goalEvery_week')}</option>
            <option value="month">{t('goalEvery_month')}</option>
          </select>
        </label>
        <label>
          {t('goalSiteLabel')}
          <select value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            <option value="">{t('goalAnySite')}</option>
            {SITES.map((id) => (
              <option key={id} value={id}>
                {siteLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('goalCommunityLabel')}
          <input type="text" maxLength={200} placeholder="r/coffee" value={community} onInput={(e) => setCommunity(e.currentTarget.value)} />
        </label>
      </div>
      <p id="goal-hint" class="goal-hint muted">
        {t('goalHint')}
      </p>
      <div class="row">
        <button type="submit" class="primary">
          {t('goalAdd')}
        </button>
        {error && <span role="alert" class="error">{error}</span>}
      </div>
    </form>
  );
}
