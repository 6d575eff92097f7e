import { useState } from 'preact/hooks';
import { send } from '../messages/bus';
import type { AssessedPost } from '../messages/protocol';
import { t } from '../ui/i18n';
import { ReplyCoach } from './ReplyCoach';

/** One relevant post: why it matters, and "I replied" to log the engagement. */
export function PostItem({ post, demo, tabId }: { post: AssessedPost; demo: boolean; tabId: number }) {
  const { record, assessment } = post;
  const [logged, setLogged] = useState<'no' | 'saving' | 'yes' | 'failed'>('no');
  const [coaching, setCoaching] = useState(false);
  const title = record.title ?? record.body.slice(0, 140);
  const titleId = `post-${record.id}`;

  const markReplied = async () => {
    setLogged('saving');
    try {
      await send('engagement/record', {
        type: 'replied',
        site: record.site,
        threadKey: `${record.site}:${record.id}`,
        url: record.permalink,
        title: title.slice(0, 2_000),
        community: record.community,
        namedBrand: null,
        disclosed: null,
        demo,
      });
      setLogged('yes');
    } catch {
      setLogged('failed');
    }
  };

  return (
    <li aria-labelledby={titleId}>
      <div class="actions">
        <span class={`chip level-${assessment.level}`}>{t(`level_${assessment.level}`)}</span>
        <span class="meta muted">
          {[record.author, record.community].filter(Boolean).join(' · ')}
        </span>
      </div>
      <p class="post-title" id={titleId}>
        {title}
      </p>
      {assessment.reasons.length > 0 && (
        <ul class="reasons" aria-label={t('whyLabel')}>
          {assessment.reasons.slice(0, 3).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <a href={record.permalink} target="_blank" rel="noreferrer">
          {t('openThread')}
        </a>
        {logged === 'yes' ? (
          <span class="logged" role="status">
            {t('replyLogged')}
          </span>
        ) : (
          <button type="button" onClick={markReplied} disabled={logged === 'saving'}>
            {t('markReplied')}
          </button>
        )}
        <button type="button" aria-expanded={coaching} onClick={() => setCoaching(!coaching)}>
          {coaching ? t('hideReply') : t('draftReply')}
        </button>
        {logged === 'failed' && <span role="alert">{t('saveFailed')}</span>}
      </div>
      {coaching && <ReplyCoach post={record} tabId={tabId} />}
    </li>
  );
}
