import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../messages/bus';
import type { ResponseOf } from '../messages/protocol';
import { t } from './i18n';
import './reminders.css';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An open reminder as reminders/due gives it: with its thread's link when the thread is known. */
type ReminderRecord = ResponseOf<'reminders/due'>[number];

export interface RemindersState {
  reminders: ReminderRecord[] | null;
  error: string;
  reload: () => void;
}

/** Open reminders, soonest first (reminders/due reads them in that order), with their threads' links. */
export function useReminders(limit: number, version = 0): RemindersState {
  const [reminders, setReminders] = useState<ReminderRecord[] | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(() => {
    send('reminders/due', { limit }).then(
      (list) => {
        setReminders(list);
        setError('');
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [limit]);
  useEffect(reload, [reload, version]);
  return { reminders, error, reload };
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Who a reminder is about, from its person key (`site:handle`). */
const handleOf = (personKey: string) => personKey.slice(personKey.indexOf(':') + 1);

function ReminderItem({ reminder, link, now, onDone, onSnooze }: { reminder: ReminderRecord; link?: string; now: number; onDone: () => void; onSnooze: () => void }) {
  const overdue = Date.parse(reminder.due) < now;
  const note = reminder.note.trim() || t('reminderNoNote');
  return (
    <li class={overdue ? 'reminder overdue' : 'reminder'}>
      <p class="reminder-due">
        <time dateTime={reminder.due}>{formatTime(reminder.due)}</time>
        {overdue && <span class="chip level-high">{t('reminderOverdue')}</span>}
        {reminder.personKey && <span class="muted">{t('reminderWith', handleOf(reminder.personKey))}</span>}
      </p>
      <p class="reminder-note">{link ? <a href={link} target="_blank" rel="noreferrer">{note}</a> : note}</p>
      <div class="reminder-actions">
        <button type="button" onClick={onDone} aria-label={t('reminderDoneLabel', note)}>
          {t('reminderDone')}
        </button>
        <button type="button" onClick={onSnooze} aria-label={t('reminderSnoozeLabel', note)}>
          {t('reminderSnooze')}
        </button>
      </div>
    </li>
  );
}

/** The list with Done and Snooze 1 day; changes are announced in a polite live region. */
export function ReminderList({ state, label }: { state: RemindersState; label: string }) {
  const [status, setStatus] = useState('');
  const { reminders, error, reload } = state;
  const act = async (work: () => Promise<boolean>, said: string) => {
    try {
      setStatus((await work()) ? said : t('reminderGone'));
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
    reload();
  };
  const done = (r: ReminderRecord) => act(async () => (await send('reminders/done', { id: r.id })).done, t('reminderMarkedDone', r.note));
  const later = (r: ReminderRecord) => {
    const until = new Date(Math.max(Date.now(), Date.parse(r.due)) + DAY_MS);
    return act(async () => (await send('reminders/snooze', { id: r.id, due: until.toISOString() })).snoozed, t('reminderSnoozed', formatTime(until.toISOString())));
  };
  const now = Date.now();
  return (
    <>
      {error && <p role="alert" class="error">{error}</p>}
      {reminders === null && !error && <p class="muted">{t('loading')}</p>}
      {reminders?.length === 0 && <p class="muted">{t('remindersEmpty')}</p>}
      {reminders && reminders.length > 0 && (
        <ul class="reminders" aria-label={label}>
          {reminders.map((r) => (
            <ReminderItem key={r.id} reminder={r} now={now} {...(r.threadUrl ? { link: r.threadUrl } : {})} onDone={() => void done(r)} onSnooze={() => void later(r)} />
          ))}
        </ul>
      )}
      <p class="reminder-status muted" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
