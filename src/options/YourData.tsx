import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { RapportDB } from '../storage/db';
import { forgetPerson, peopleByLastInteraction } from '../storage/people';
import { deleteAllData, getRetention, setRetention } from '../storage/retention';
import type { PersonRecord } from '../storage/schemas';
import { search } from '../storage/search';
import { t } from '../ui/i18n';
import { messageOf, useDatabase } from './database';

const RETENTION_CHOICES = [null, 30, 90, 180, 365, 730] as const;

function Retention({ db }: { db: RapportDB }) {
  const [days, setDays] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    getRetention(db).then((r) => setDays(r.days), (err: unknown) => setStatus(messageOf(err)));
  }, [db]);
  const save = async (value: number | null) => {
    setDays(value);
    try {
      const purged = await setRetention(db, { days: value });
      setStatus(t('retentionSaved', [String(purged.events), String(purged.replies), String(purged.reminders)]));
    } catch (err) {
      setStatus(messageOf(err));
    }
  };
  return (
    <div class="row">
      <label>
        {t('retentionLabel')}{' '}
        <select value={days === null ? '' : String(days)} onChange={(e) => void save(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
          {RETENTION_CHOICES.map((choice) => (
            <option key={String(choice)} value={choice === null ? '' : String(choice)}>
              {choice === null ? t('retentionForever') : t('retentionDays', String(choice))}
            </option>
          ))}
        </select>
      </label>
      <span role="status" class="muted">
        {status}
      </span>
    </div>
  );
}

function ForgetPerson({ db }: { db: RapportDB }) {
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<PersonRecord[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    let current = true;
    const found = query.trim() ? search(db, query, { limit: 10 }).then((r) => r.people) : peopleByLastInteraction(db, { limit: 10 });
    found.then((list) => current && setPeople(list), (err: unknown) => setStatus(messageOf(err)));
    return () => {
      current = false;
    };
  }, [db, query, status]);
  const forget = async (person: PersonRecord) => {
    try {
      const gone = await forgetPerson(db, person.key);
      setStatus(t('forgotten', [person.displayName ?? person.handle, String(gone.replies), String(gone.reminders), String(gone.eventsUnlinked)]));
    } catch (err) {
      setStatus(messageOf(err));
    }
    setConfirming(null);
  };
  return (
    <div>
      <label class="search">
        {t('forgetSearch')}
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {people.length === 0 ? (
        <p class="muted">{t('forgetNobody')}</p>
      ) : (
        <ul class="people">
          {people.map((person) => (
            <li key={person.key}>
              <span>
                <strong>{person.displayName ?? person.handle}</strong> <span class="muted">{person.key}</span>
              </span>
              {confirming === person.key ? (
                <span class="confirm" role="group" aria-label={t('forgetConfirm', person.handle)}>
                  {t('forgetConfirm', person.handle)}{' '}
                  <button type="button" class="danger" onClick={() => void forget(person)}>
                    {t('forgetYes')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('cancel')}
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => setConfirming(person.key)}>
                  {t('forgetButton', person.handle)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </div>
  );
}

function DeleteAll({ db }: { db: RapportDB }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const erase = async () => {
    try {
      const { removed } = await deleteAllData(db);
      // Outside the database: the AI settings (an API key, perhaps) and what open tabs reported.
      await browser.storage.local.clear();
      await browser.storage.session.clear();
      setStatus(t('deletedAll', String(removed)));
    } catch (err) {
      setStatus(messageOf(err));
    }
    setConfirming(false);
  };
  return (
    <div class="row">
      {confirming ? (
        <span class="confirm" role="group" aria-label={t('deleteAllConfirm')}>
          {t('deleteAllConfirm')}{' '}
          <button type="button" class="danger" onClick={() => void erase()}>
            {t('deleteAllYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('cancel')}
          </button>
        </span>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('deleteAllButton')}
        </button>
      )}
      <span role="status" class="muted">
        {status}
      </span>
    </div>
  );
}

/** Whether the browser promised to keep the data (Options asks for that on load), and how much room it takes. */
function StorageStatus() {
  const [text, setText] = useState('');
  useEffect(() => {
    void (async () => {
      const persisted = (await navigator.storage?.persisted?.()) ?? false;
      const estimate = await navigator.storage?.estimate?.();
      const mb = (bytes = 0) => (bytes / 1e6).toFixed(1);
      const usage = estimate?.quota ? ` ${t('storageUsage', [mb(estimate.usage), mb(estimate.quota)])}` : '';
      setText(`${persisted ? t('storagePersisted') : t('storageNotPersisted')}${usage}`);
    })();
  }, []);
  return <p class="muted">{text}</p>;
}

/** What Rapport keeps and for how long, forgetting one person, and deleting everything. */
export function YourData() {
  const { db, error } = useDatabase();
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!db) return <p class="muted">{t('loading')}</p>;
  return (
    <div class="data-task">
      <StorageStatus />
      <h3>{t('retentionHeading')}</h3>
      <p class="muted">{t('retentionExplain')}</p>
      <Retention db={db} />
      <h3>{t('forgetHeading')}</h3>
      <p class="muted">{t('forgetExplain')}</p>
      <ForgetPerson db={db} />
      <h3>{t('deleteAllHeading')}</h3>
      <p class="muted">{t('deleteAllExplain')}</p>
      <DeleteAll db={db} />
    </div>
  );
}
