import { useEffect, useState } from 'preact/hooks';
import { SiteIdSchema } from '../core/post';
import type { BrandProfile } from '../core/profile';
import { send } from '../messages/bus';
import { t } from '../ui/i18n';
import { formatTopics, parseTopics } from './topics';

/** The communities a switch is offered for (the bundled demo is always on). */
const SITE_IDS = SiteIdSchema.options.filter((id) => id !== 'demo');
const siteMessage = (id: string) => `site_${id.replace(/-/g, '_')}`;

/** The brand-profile fields edited here, one term per line (topics with synonyms), plus per-site switches. */
const FIELDS = [
  'brandNames',
  'aliases',
  'products',
  'competitors',
  'topics',
  'audienceInterests',
  'excludeKeywords',
  'excludeCommunities',
  'domains',
  'contextWords',
] as const;
type Field = (typeof FIELDS)[number];

const toLines = (list: string[] | undefined) => (list ?? []).join('\n');
const fromLines = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

/** Topics may carry synonyms (`term = synonym, synonym`); every other field is plain terms. */
const fieldToLines = (profile: Partial<BrandProfile>, field: Field) =>
  field === 'topics' ? formatTopics(profile.topics) : toLines(profile[field]);
const fieldFromLines = (field: Field, text: string) => (field === 'topics' ? parseTopics(text) : fromLines(text));

export function ProfileForm() {
  const [values, setValues] = useState<Record<Field, string> | null>(null);
  const [siteSwitches, setSiteSwitches] = useState<Record<string, boolean>>({});
  const [commonWords, setCommonWords] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    send('profile/get', {}).then((stored) => {
      const profile: Partial<BrandProfile> = stored?.profile ?? {};
      setValues(Object.fromEntries(FIELDS.map((f) => [f, fieldToLines(profile, f)])) as Record<Field, string>);
      setSiteSwitches(profile.sites ?? {});
      setCommonWords(stored?.commonWords ?? []);
    });
  }, []);
  if (!values) return <p class="muted">{t('loading')}</p>;

  const save = async (event: Event) => {
    event.preventDefault();
    const profile = { ...Object.fromEntries(FIELDS.map((f) => [f, fieldFromLines(f, values[f])])), sites: siteSwitches };
    try {
      await send('profile/save', { profile });
      setStatus({ kind: 'saved', text: t('profileSaved') });
      const stored = await send('profile/get', {});
      setCommonWords(stored?.commonWords ?? []);
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form onSubmit={save} aria-describedby="profile-help">
      <p id="profile-help" class="muted">
        {t('profileHelp')}
      </p>
      <div class="fields">
        {FIELDS.map((field) => (
          <label key={field}>
            {t(`field_${field}`)}
            <small>{t(`fieldHelp_${field}`)}</small>
            <textarea
              name={field}
              value={values[field]}
              onInput={(e) => setValues({ ...values, [field]: e.currentTarget.value })}
            />
          </label>
        ))}
      </div>
      {commonWords.length > 0 && (
        <p class="note" role="note">
          {t('everydayWords', [commonWords.join(', ')])}
        </p>
      )}
      <fieldset class="sites">
        <legend>{t('field_sites')}</legend>
        <small>{t('fieldHelp_sites')}</small>
        {SITE_IDS.map((id) => (
          <label key={id} class="switch">
            <input
              type="checkbox"
              name={`site-${id}`}
              checked={siteSwitches[id] !== false}
              onChange={(e) => setSiteSwitches({ ...siteSwitches, [id]: e.currentTarget.checked })}
            />
            {t(siteMessage(id))}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <button type="submit" class="primary">
          {t('saveProfile')}
        </button>
        {status && (
          <span role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind === 'error' ? 'error' : 'muted'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
