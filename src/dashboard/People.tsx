import { useEffect, useState } from 'preact/hooks';
import { send } from '../messages/bus';
import type { PersonRecord } from '../storage/schemas';
import { t } from '../ui/i18n';
import { PersonCard } from './PersonCard';

const PAGE = 20;

/** People the rep talked to, most recent first, a page at a time (people/list's `before`). */
export function People({ version, onChanged }: { version: number; onChanged: () => void }) {
  const [people, setPeople] = useState<PersonRecord[] | null>(null);
  const [more, setMore] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const load = (before?: string) =>
    send('people/list', { limit: PAGE, ...(before ? { before } : {}) }).then(
      (page) => {
        setPeople((shown) => (before ? [...(shown ?? []), ...page] : page));
        setMore(page.length === PAGE);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  useEffect(() => void load(), [version]);
  const forgotten = (said: string) => {
    setStatus(said);
    onChanged();
  };
  return (
    <section id="people" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('peopleHeading')}</h2>
      {error && <p role="alert" class="error">{error}</p>}
      <p role="status" class="muted">
        {status}
      </p>
      {people === null && !error && <p class="muted">{t('loading')}</p>}
      {people?.length === 0 && <p class="muted">{t('peopleEmpty')}</p>}
      {people && people.length > 0 && (
        <ul class="person-list" aria-label={t('peopleHeading')}>
          {people.map((person) => (
            <PersonCard key={`${person.key}:${person.updatedAt}`} person={person} onForgotten={forgotten} />
          ))}
        </ul>
      )}
      {more && people && (
        <button type="button" onClick={() => void load(people[people.length - 1]!.lastInteraction)}>
          {t('peopleOlder')}
        </button>
      )}
    </section>
  );
}
