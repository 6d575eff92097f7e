import { useState } from 'preact/hooks';
import { send } from '../messages/bus';
import { t } from '../ui/i18n';
import { ReminderList, formatTime, useReminders } from '../ui/Reminders';

/** `yyyy-mm-ddThh:mm` in local time, as a datetime-local input holds it: tomorrow at 9. */
function tomorrowMorning(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(9, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
}

/** Every open reminder, soonest first, and a form to add one. */
export function RemindersSection({ version, onChanged }: { version: number; onChanged: () => void }) {
  const state = useReminders(200, version);
  const [due, setDue] = useState(tomorrowMorning);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    // A datetime-local value has no zone: Date reads it as local time, which is what the rep meant.
    const when = new Date(due);
    if (!due || Number.isNaN(when.getTime())) return setStatus(t('reminderNeedsDue'));
    try {
      const added = await send('reminders/add', { due: when.toISOString(), note: note.trim() });
      setStatus(t('reminderAdded', formatTime(added.due)));
      setNote('');
      onChanged();
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section id="reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('remindersHeading')}</h2>
      <ReminderList state={state} label={t('remindersHeading')} />
      <form class="reminder-form" onSubmit={(e) => void add(e)} aria-labelledby="reminder-add-heading">
        <h3 id="reminder-add-heading">{t('reminderAddHeading')}</h3>
        <div class="fields">
          <label>
            {t('reminderDueLabel')}
            <input type="datetime-local" required value={due} onInput={(e) => setDue(e.currentTarget.value)} />
          </label>
          <label>
            {t('reminderNoteLabel')}
            <textarea maxLength={2_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
        </div>
        <div class="row">
          <button type="submit" class="primary">
            {t('reminderAdd')}
          </button>
          <span role="status" class="muted">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
