import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
import { ReminderList, useReminders } from '../ui/Reminders';

/** How many the popup shows; the dashboard lists them all. */
const SHOWN = 5;

/** The popup's follow-ups: open reminders soonest first, overdue ones marked. */
export function Reminders() {
  // One more than shown, to know whether to point to the dashboard for the rest.
  const state = useReminders(SHOWN + 1);
  const more = (state.reminders?.length ?? 0) > SHOWN;
  const shown = { ...state, reminders: state.reminders?.slice(0, SHOWN) ?? null };
  return (
    <section class="popup-reminders" aria-labelledby="popup-reminders-heading">
      <h2 id="popup-reminders-heading">{t('remindersHeading')}</h2>
      <ReminderList state={shown} label={t('remindersHeading')} />
      {more && (
        <a href={browser.runtime.getURL('src/dashboard/index.html#reminders')} target="_blank" rel="noreferrer">
          {t('remindersMore')}
        </a>
      )}
    </section>
  );
}
