import { useRef, useState } from 'preact/hooks';
import { send } from '../messages/bus';
import type { AssessedPost } from '../messages/protocol';
import { t } from '../ui/i18n';
import { ReplyCoach } from './ReplyCoach';

/** "Check back for answers" a day after replying. */
const FOLLOW_UP_HOURS = 24;

/** One relevant post: why it matters, and "I replied" to log the engagement. */
export function PostItem({ post, demo, tabId }: { post: AssessedPost; demo: boolean; tabId: number }) {
  const { record, assessment } = post;
  const [logged, setLogged] = useState<'no' | 'saving' | 'yes' | 'failed'>('no');
  const [coaching, setCoaching] = useState(false);
  const title = record.title ?? record.body.slice(0, 140);
  const titleId = `post-${record.id}`;

  // The reply as last drafted in the coach: the log records whether it named the brand and disclosed.
  const draft = useRef('');
  const [reminderDue, setReminderDue] = useState<string | undefined>();
  const markReplied = async () => {
    setLogged('saving');
    try {
      const text = draft.current.trim();
      const done = await send('engagement/replied', {
        site: record.site,
        postId: record.id,
        url: record.permalink,
        title: title.slice(0, 2_000),
        ...(record.community && { community: record.community.slice(0, 200) }),
        ...(record.author && { author: record.author.slice(0, 200) }),
        ...(text && { text: text.slice(0, 40_000) }),
        remindInHours: FOLLOW_UP_HOURS,
        reminderNote: t('checkBackNote', title.slice(0, 160)),
        demo,
      });
      setReminderDue(done.reminderDue);
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
            {reminderDue ? t('replyLoggedWithReminder', new Date(reminderDue).toLocaleString([], { weekday: 'short', hour: 'numeric', minute: '2-digit' })) : t('replyLogged')}
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
      {coaching && <ReplyCoach post={record} tabId={tabId} onDraft={(text) => (draft.current = text)} />}
    </li>
  );
}
