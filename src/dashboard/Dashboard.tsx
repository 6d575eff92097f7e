import { useEffect, useState } from 'preact/hooks';
import type { WeeklyFigures } from '../core/metrics/weekly';
import { send } from '../messages/bus';
import type { EngagementEvent } from '../storage/schemas';
import { DemoBanner } from '../ui/DemoBanner';
import { t } from '../ui/i18n';
import { Goals } from './Goals';
import { HistorySearch } from './HistorySearch';
import { People } from './People';
import { RemindersSection } from './RemindersSection';

/** This week's engagement at a glance, goals, reminders, search, the people the rep talked to, and the latest events. */
export function Dashboard() {
  const [events, setEvents] = useState<EngagementEvent[] | null>(null);
  const [week, setWeek] = useState<WeeklyFigures | null>(null);
  // Bumped by a change one section makes that others show (a forgotten person's reminders go too).
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const load = () => {
    // The figures come from the whole week's events (however many), the list from the latest 50.
    void send('events/list', { limit: 50 }).then(setEvents);
    void send('events/weekly', {}).then(setWeek);
  };
  useEffect(load, []);
  useEffect(() => {
    // Ask the browser to keep Rapport's history under storage pressure (it may say no).
    void navigator.storage?.persist?.();
  }, []);
  if (!events || !week) return <p class="page muted">{t('loading')}</p>;
  const figures: [string, string][] = [
    [t('figureReplied'), String(week.replied)],
    [t('figureFollowedUp'), String(week.followedUp)],
    [t('figureComplaintsResolved'), String(week.complaintsResolved)],
    [t('figureDisclosure'), week.disclosureRate === null ? '–' : `${Math.round(week.disclosureRate * 100)}%`],
  ];
  return (
    <>
      <DemoBanner onCleared={load} />
      <div class="page">
        <h1>
          <img src="/icons/icon-48.png" alt="" /> {t('dashboardTitle')}
        </h1>
        <section aria-labelledby="week-heading">
          <h2 id="week-heading">{t('thisWeek')}</h2>
          <div class="figures">
            {figures.map(([label, value]) => (
              <div class="figure" key={label}>
                <strong>{value}</strong>
                {label}
              </div>
            ))}
          </div>
        </section>
        <Goals version={version} />
        <RemindersSection version={version} onChanged={changed} />
        <HistorySearch version={version} />
        <People version={version} onChanged={changed} />
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('recentEvents')}</h2>
          {events.length === 0 ? (
            <p class="muted">{t('noEvents')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('colTime')}</th>
                  <th scope="col">{t('colType')}</th>
                  <th scope="col">{t('colThread')}</th>
                </tr>
              </thead>
              <tbody>
                {events.slice(0, 50).map((e) => (
                  <tr key={e.id}>
                    <td>{new Date(e.time).toLocaleString()}</td>
                    <td>{t(`event_${e.type}`)}</td>
                    <td>{e.url ? <a href={e.url}>{e.title ?? e.url}</a> : (e.title ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
