import type { GoalRecord } from '../storage/schemas';
import type { GoalWithProgress } from '../messages/protocol';
import { t } from '../ui/i18n';

/** How goals read on the dashboard: a title, the progress in words, and whether it is on track. */

export const siteLabel = (site: string): string => t(`site_${site.replaceAll('-', '_')}`);
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** "Replies on Reddit in r/coffee". */
export function goalTitle(goal: Pick<GoalRecord, 'metric' | 'site' | 'community'>): string {
  let title = t(`goalMetric_${goal.metric}`);
  if (goal.site) title = t('goalOnSite', [title, siteLabel(goal.site)]);
  if (goal.community) title = t('goalInCommunity', [title, goal.community]);
  return title;
}

/** "14 of 20 replies this week"; for disclosure, "67% of replies naming us disclosed this week (goal 100%)". */
export function progressText({ goal, progress }: GoalWithProgress): string {
  const period = t(`goalPeriod_${goal.period}`);
  if (goal.metric !== 'disclosure_rate') return t(`goalCount_${goal.metric}`, [String(progress.value ?? 0), String(goal.target), period]);
  if (progress.value === null) return t('goalDisclosureNone', [period, percent(goal.target)]);
  return t('goalDisclosure', [percent(progress.value), percent(goal.target), period]);
}

export type GoalState = 'met' | 'on-track' | 'behind' | 'none';

/** The state in a word (never by colour alone), with what "behind" means for a count. */
export function goalState({ goal, progress }: GoalWithProgress): { state: GoalState; text: string } {
  if (progress.met) return { state: 'met', text: t('goalMet') };
  if (progress.onTrack === null) return { state: 'none', text: t('goalNothingYet') };
  if (progress.onTrack) return { state: 'on-track', text: t('goalOnTrack') };
  if (goal.metric === 'disclosure_rate') return { state: 'behind', text: t('goalBehind') };
  return { state: 'behind', text: t('goalBehindBy', String(Math.floor(goal.target * progress.elapsed))) };
}

/** The target as the rep types it: a count, or a percentage for disclosure. */
export const targetInput = (goal: Pick<GoalRecord, 'metric' | 'target'>): string =>
  goal.metric === 'disclosure_rate' ? String(Math.round(goal.target * 100)) : String(goal.target);

/** The typed target as stored (a share for disclosure); NaN when it is not a number. */
export const targetValue = (metric: GoalRecord['metric'], typed: string): number => {
  const n = typed.trim() === '' ? Number.NaN : Number(typed);
  return metric === 'disclosure_rate' ? n / 100 : n;
};
