import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '../messages/bus';
import type { ResponseOf } from '../messages/protocol';
import { t } from '../ui/i18n';
import { formatTime } from '../ui/Reminders';
import { nameOf } from './PersonCard';

type Results = ResponseOf<'history/search'>;

/** One box over thread titles, people (names, notes, tags) and reminder notes; results in groups. */
export function HistorySearch({ version }: { version: number }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!query.trim()) {
      setResults(null);
      return undefined;
    }
    let current = true;
    // A short pause, so typing a word asks once.
    const timer = setTimeout(() => {
      send('history/search', { query, limit: 20 }).then(
        (found) => current && (setResults(found), setError('')),
        (err: unknown) => current && setError(err instanceof Error ? err.message : String(err)),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, version]);
  const empty = results && results.threads.length + results.people.length + results.reminders.length === 0;
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <label class="search-box">
        <span>{t('searchLabel')}</span>
        <input type="search" maxLength={200} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {error && <p role="alert" class="error">{error}</p>}
      <div aria-live="polite">
        {empty && <p class="muted">{t('searchNothing', query.trim())}</p>}
        {results && !empty && (
          <div class="search-results">
            {results.threads.length > 0 && (
              <Group title={t('searchThreads', String(results.total.threads))} more={results.more.threads}>
                {results.threads.map((thread) => (
                  <li key={thread.key}>
                    <a href={thread.url} target="_blank" rel="noreferrer">
                      {thread.title || t('untitledThread')}
                    </a>{' '}
                    <span class="muted">
                      {thread.site}
                      {thread.community ? ` · ${thread.community}` : ''} · {new Date(thread.lastSeen).toLocaleDateString()}
                    </span>
                  </li>
                ))}
              </Group>
            )}
            {results.people.length > 0 && (
              <Group title={t('searchPeople', String(results.total.people))} more={results.more.people}>
                {results.people.map((person) => (
                  <li key={person.key}>
                    <strong>{nameOf(person)}</strong>{' '}
                    <span class="muted">
                      {person.site} · @{person.handle}
                      {person.tags.length > 0 ? ` · ${person.tags.join(', ')}` : ''}
                    </span>
                    {person.notes && <p class="snippet">{person.notes}</p>}
                  </li>
                ))}
              </Group>
            )}
            {results.reminders.length > 0 && (
              <Group title={t('searchReminders', String(results.total.reminders))} more={results.more.reminders}>
                {results.reminders.map((reminder) => (
                  <li key={reminder.id}>
                    {reminder.note || t('reminderNoNote')}{' '}
                    <span class="muted">
                      {formatTime(reminder.due)}
                      {reminder.state === 'done' ? ` · ${t('reminderDone')}` : ''}
                    </span>
                  </li>
                ))}
              </Group>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function Group({ title, more, children }: { title: string; more: boolean; children: ComponentChildren }) {
  return (
    <div class="search-group">
      <h3>{title}</h3>
      <ul>{children}</ul>
      {more && <p class="muted">{t('searchMore')}</p>}
    </div>
  );
}
