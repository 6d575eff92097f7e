import { useState } from 'preact/hooks';
import { send } from '../messages/bus';
import { KNOWN_PERSON_TAGS, type PersonRecord } from '../storage/schemas';
import { t } from '../ui/i18n';

const KNOWN: readonly string[] = KNOWN_PERSON_TAGS;
export const nameOf = (person: Pick<PersonRecord, 'displayName' | 'handle'>) => person.displayName || person.handle;

/** One person: who, how often, tags and notes edited in place, and "forget" behind a confirmation. */
export function PersonCard({ person, onForgotten }: { person: PersonRecord; onForgotten: (said: string) => void }) {
  const [tags, setTags] = useState(person.tags);
  const [notes, setNotes] = useState(person.notes);
  const [savedNotes, setSavedNotes] = useState(person.notes);
  const [ownTag, setOwnTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const name = nameOf(person);
  const id = `person-${person.key.replace(/[^a-z0-9_-]/gi, '_')}`;

  const save = async (edit: { notes?: string; tags?: string[] }) => {
    try {
      const { found } = await send('people/edit', { key: person.key, edit });
      if (found && edit.notes !== undefined) setSavedNotes(edit.notes);
      setStatus(found ? t('personSaved', name) : t('personGone', name));
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };
  const saveTags = (next: string[]) => {
    setTags(next);
    void save({ tags: next });
  };
  const toggle = (tag: string, on: boolean) => saveTags(on ? [...tags, tag] : tags.filter((x) => x !== tag));
  const addOwn = (e: Event) => {
    e.preventDefault();
    const tag = ownTag.trim().slice(0, 64);
    if (tag && !tags.includes(tag)) saveTags([...tags, tag]);
    setOwnTag('');
  };
  const forget = async () => {
    try {
      const gone = await send('people/forget', { key: person.key });
      onForgotten(t('forgotten', [name, String(gone.replies), String(gone.reminders), String(gone.eventsUnlinked)]));
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };
  const own = tags.filter((tag) => !KNOWN.includes(tag));

  return (
    <li class="person" aria-labelledby={`${id}-name`}>
      <div class="person-head">
        <h3 id={`${id}-name`}>{name}</h3>
        <span class="muted">
          {person.site} · @{person.handle} · {t('personInteractions', String(person.count))} · {t('personLast', new Date(person.lastInteraction).toLocaleDateString())}
        </span>
      </div>
      <fieldset class="person-tags">
        <legend>{t('personTags')}</legend>
        {KNOWN.map((tag) => (
          <label key={tag} class="switch">
            <input type="checkbox" checked={tags.includes(tag)} onChange={(e) => toggle(tag, e.currentTarget.checked)} /> {t(`tag_${tag}`)}
          </label>
        ))}
        {own.map((tag) => (
          <span key={tag} class="chip own-tag">
            {tag}
            <button type="button" class="chip-remove" aria-label={t('personRemoveTag', tag)} onClick={() => toggle(tag, false)}>
              ×
            </button>
          </span>
        ))}
        <form class="own-tag-form" onSubmit={addOwn}>
          <label>
            <span class="visually-hidden">{t('personOwnTag')}</span>
            <input type="text" placeholder={t('personOwnTag')} maxLength={64} value={ownTag} onInput={(e) => setOwnTag(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('personAddTag')}</button>
        </form>
      </fieldset>
      <label class="person-notes">
        <span>{t('personNotes', name)}</span>
        <textarea maxLength={10_000} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="button" onClick={() => void save({ notes })} disabled={notes === savedNotes}>
          {t('personSaveNotes')}
        </button>
        {confirming ? (
          <span class="confirm" role="group" aria-label={t('personForgetLabel', name)}>
            <span>{t('personForgetExplain')}</span>
            <button type="button" class="danger" onClick={() => void forget()}>
              {t('forgetYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="danger" aria-label={t('personForgetLabel', name)} onClick={() => setConfirming(true)}>
            {t('personForget')}
          </button>
        )}
        <span role="status" class="muted">
          {status}
        </span>
      </div>
    </li>
  );
}
