import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, ReplyReview, Suggestion } from '../core/reply/types';
import type { PostRecord } from '../core/post';
import { send } from '../messages/bus';
import { t } from '../ui/i18n';

const REVIEW_DELAY_MS = 250;

/**
 * The thread view's reply coach: starting points that fit the post, and a draft box reviewed as
 * the person types (findings with the exact words, a fix, and a one-click fix where one is safe).
 * Rapport never posts: the person copies the reply and presses the site's own button.
 */
/** `onDraft` hears the draft as it changes, so "I replied" can keep what the rep wrote. */
export function ReplyCoach({ post, tabId, onDraft }: { post: PostRecord; tabId: number; onDraft?: (text: string) => void }) {
  const [suggestions, setSuggestions] = useState<Suggestion[] | 'loading' | 'failed'>('loading');
  const [draft, setDraftState] = useState('');
  const setDraft = (text: string) => {
    setDraftState(text);
    onDraft?.(text);
  };
  const [review, setReview] = useState<ReplyReview | null>(null);
  const [copied, setCopied] = useState(false);
  const [inserted, setInserted] = useState<{ ok: boolean; reason?: string } | null>(null);
  const [ai, setAi] = useState<'off' | 'ready' | 'drafting'>('off');
  const [aiError, setAiError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const thread = { site: post.site, title: post.title, body: post.body.slice(0, 20_000), author: post.author, community: post.community };

  useEffect(() => {
    send('ai/settings', {}).then(
      (r) => setAi(r.settings.provider === 'off' ? 'off' : 'ready'),
      () => setAi('off'),
    );
  }, []);

  // Only on the person's click: the post's text goes to the provider they configured.
  const draftWithAi = async () => {
    setAi('drafting');
    setAiError(null);
    try {
      const r = await send('reply/ai-draft', { post: thread });
      setDraft(r.text);
      setReview(r.review);
      box.current?.focus();
    } catch (error) {
      setAiError(error instanceof Error ? error.message : String(error));
    } finally {
      setAi('ready');
    }
  };

  useEffect(() => {
    send('reply/suggest', { post: thread }).then(
      (r) => setSuggestions(r.suggestions),
      () => setSuggestions('failed'),
    );
  }, [post.id]);

  // Review as they type, debounced; the last answer wins.
  useEffect(() => {
    if (!draft.trim()) {
      setReview(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      send('reply/review', { draft, thread }).then(
        (r) => !stale && setReview(r),
        () => !stale && setReview(null),
      );
    }, REVIEW_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [draft]);

  const use = (text: string) => {
    setDraft(text);
    setCopied(false);
    box.current?.focus();
  };

  const applyFix = (f: Finding) => {
    if (f.replacement === undefined || draft.slice(f.span.start, f.span.end) !== f.span.text) return;
    const next = (draft.slice(0, f.span.start) + f.replacement + draft.slice(f.span.end)).replace(/ {2,}/g, ' ').replace(/ ([.,!?])/g, '$1');
    setDraft(next.trim());
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft);
      setCopied(true);
    } catch {
      box.current?.select();
    }
  };

  const insert = async () => {
    try {
      const r = await send('reply/insert', { tabId, text: draft });
      setInserted({ ok: r.inserted, reason: r.reason });
    } catch (error) {
      setInserted({ ok: false, reason: String(error) });
    }
  };

  const draftId = `draft-${post.id}`;
  return (
    <section class="coach" aria-label={t('replyCoach')}>
      <h3>{t('startingPoints')}</h3>
      {suggestions === 'loading' && <p class="muted">{t('loading')}</p>}
      {suggestions === 'failed' && <p role="alert">{t('suggestionsFailed')}</p>}
      {Array.isArray(suggestions) && (
        <ul class="suggestions">
          {suggestions.map((s) => (
            <li key={s.text}>
              <span class="chip">{t(`stance_${s.stance}`)}</span>
              <p>{s.text}</p>
              <button type="button" onClick={() => use(s.text)}>
                {t('useSuggestion')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {ai !== 'off' && (
        <div class="actions">
          <button type="button" onClick={draftWithAi} disabled={ai === 'drafting'}>
            {ai === 'drafting' ? t('aiDrafting') : t('draftWithAi')}
          </button>
          {aiError && <span role="alert">{aiError}</span>}
        </div>
      )}
      <label for={draftId}>{t('yourReply')}</label>
      <textarea id={draftId} ref={box} rows={5} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} aria-describedby={`${draftId}-review`} />
      <div id={`${draftId}-review`} aria-live="polite">
        {review && (
          <div class={`review ${review.verdict}`}>
            <p class="verdict">
              {review.verdict === 'good' ? t('reviewGood', String(review.score)) : t('reviewNeedsWork', String(review.score))}
            </p>
            {review.findings.length > 0 && (
              <ul class="findings">
                {review.findings.map((f) => (
                  <li key={`${f.code}-${f.span.start}`} class={`severity-${f.severity}`}>
                    <p>
                      <strong>{t(`severity_${f.severity}`)}</strong> {f.message}
                    </p>
                    {f.span.text && f.span.text.length < draft.length && <mark>{f.span.text}</mark>}
                    <p class="fix">{f.fix}</p>
                    {f.replacement !== undefined && (
                      <button type="button" onClick={() => applyFix(f)}>
                        {f.replacement === '' ? t('removeIt') : t('applyFix')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div class="actions">
        <button type="button" onClick={copy} disabled={!draft.trim()}>
          {copied ? t('copied') : t('copyReply')}
        </button>
        {tabId >= 0 && (
          <button type="button" onClick={insert} disabled={!draft.trim()}>
            {t('insertReply')}
          </button>
        )}
      </div>
      {inserted && (
        <p role={inserted.ok ? 'status' : 'alert'} class="muted">
          {inserted.ok ? t('insertedReply') : inserted.reason}
        </p>
      )}
      <p class="muted">{t('youPost')}</p>
    </section>
  );
}
