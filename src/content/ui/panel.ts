import type { ReplyReview } from '../../core/reply/types';
import type { ScannedPost } from '../scan';
import { t } from '../ext';
import { SHARED_CSS, styleInto } from './styles';

/** Posts the open panel lists (the count shows them all). */
const LIST_MAX = 50;

const PANEL_CSS = `${SHARED_CSS}
.panel { position: fixed; right: 16px; bottom: 16px; width: 320px; max-height: 60vh; display: flex; flex-direction: column;
  background: #ffffff; color: #0f172a; border: 1px solid #cbd5e1; border-radius: 12px;
  box-shadow: 0 8px 28px rgb(15 23 42 / 0.18); font-size: 13px; overflow: hidden; }
.head { display: flex; align-items: center; gap: 8px; width: 100%; padding: 10px 12px; border: 0; background: #f8fafc;
  color: inherit; font-weight: 650; text-align: left; }
.head .count { margin-left: auto; font-weight: 500; color: #475569; }
ol { list-style: none; margin: 0; padding: 4px 0; overflow: auto; }
li button { display: grid; gap: 3px; width: 100%; padding: 8px 12px; border: 0; background: none; color: inherit; text-align: left; }
li button:hover { background: #f1f5f9; }
li button .chip { justify-self: start; }
.title { font-weight: 600; overflow: hidden; text-overflow: ellipsis; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.reason { color: #475569; font-size: 12px; }
.panel.collapsed ol, .panel.collapsed .review { display: none; }
.review { padding: 8px 12px; border-bottom: 1px solid #e2e8f0; display: grid; gap: 4px; }
.review .verdict { margin: 0; font-weight: 650; }
.review .verdict.needs_work { color: #b91c1c; }
.review ul { margin: 0; padding-left: 16px; display: grid; gap: 4px; }
.review li { display: grid; gap: 2px; }
.review mark { background: #fde68a; color: #0f172a; border-radius: 2px; padding: 0 2px; justify-self: start; }
@media (prefers-color-scheme: dark) {
  .panel { background: #0f172a; color: #e2e8f0; border-color: #334155; }
  .head { background: #1e293b; }
  .head .count, .reason { color: #94a3b8; }
  li button:hover { background: #1e293b; }
  .review { border-color: #334155; }
  .review .verdict.needs_work { color: #fecaca; }
}
`;

export interface Panel {
  update(posts: ScannedPost[]): void;
  /** The review of what the person is typing in the site's reply box; null hides it. */
  showReview(review: ReplyReview | null): void;
  remove(): void;
}

/** The page's relevant posts by priority, each a button that scrolls to its post. */
export function mountPanel(): Panel {
  const host = document.createElement('div');
  host.setAttribute('style', 'all: initial !important; position: fixed !important; z-index: 2147483646 !important;');
  host.dataset.rapportPanel = '';
  const root = host.attachShadow({ mode: 'closed' });
  const panel = document.createElement('section');
  panel.className = 'panel collapsed';
  panel.setAttribute('aria-label', t('panelLabel'));
  const head = document.createElement('button');
  head.type = 'button';
  head.className = 'head';
  head.setAttribute('aria-expanded', 'false');
  const name = document.createElement('span');
  name.textContent = 'Rapport';
  const count = document.createElement('span');
  count.className = 'count';
  head.append(name, count);
  const list = document.createElement('ol');
  // The list is built only while the panel is open: on a busy page the posts keep coming, and a
  // collapsed panel needs just its count.
  let latest: ScannedPost[] = [];
  let listed: ScannedPost[] | undefined;
  const renderList = () => {
    if (panel.classList.contains('collapsed') || listed === latest) return;
    listed = latest;
    list.replaceChildren(...latest.slice(0, LIST_MAX).map(item));
  };
  head.addEventListener('click', () => {
    const collapsed = panel.classList.toggle('collapsed');
    head.setAttribute('aria-expanded', String(!collapsed));
    renderList();
  });
  const review = document.createElement('div');
  review.className = 'review';
  review.hidden = true;
  review.setAttribute('aria-live', 'polite');
  panel.append(head, review, list);
  let postCount = 0;
  // browser.i18n costs tens of µs a call; the count changes with every batch on a busy page.
  let countTemplate: string | undefined;
  const show = () => host.style.setProperty('display', postCount === 0 && review.hidden ? 'none' : 'block', 'important');
  styleInto(root, PANEL_CSS);
  root.append(panel);
  document.documentElement.append(host);

  return {
    update(posts) {
      postCount = posts.length;
      countTemplate ??= t('panelCount', '\u0001');
      count.textContent = countTemplate.replace('\u0001', String(posts.length));
      latest = posts;
      renderList();
      show();
    },
    showReview(result) {
      review.hidden = result === null;
      // A documented hook, like data-rapport-level: the verdict on what is being typed.
      host.dataset.rapportReview = result?.verdict ?? '';
      if (result) {
        review.replaceChildren(...reviewNodes(result));
        panel.classList.remove('collapsed');
        head.setAttribute('aria-expanded', 'true');
        renderList();
      }
      show();
    },
    remove: () => host.remove(),
  };
}

/** Page text and findings go in as text, never as HTML. */
function reviewNodes(result: ReplyReview): Node[] {
  const heading = document.createElement('p');
  heading.className = `verdict ${result.verdict}`;
  heading.textContent = `${t('yourReplyReview')}: ${result.verdict === 'good' ? t('reviewGood', String(result.score)) : t('reviewNeedsWork', String(result.score))}`;
  const findings = document.createElement('ul');
  // A finding about the whole reply quotes nothing: the reply is right there in the box.
  const extent = Math.max(0, ...result.findings.map((f) => f.span.end));
  for (const f of result.findings.slice(0, 4)) {
    const li = document.createElement('li');
    const message = document.createElement('span');
    message.textContent = f.message;
    li.append(message);
    if (f.span.text && f.span.text.length <= 120 && !(f.span.start === 0 && f.span.end >= extent * 0.9 && result.findings.length > 1)) {
      const quote = document.createElement('mark');
      quote.textContent = f.span.text;
      li.append(' ', quote);
    }
    const fix = document.createElement('span');
    fix.className = 'reason';
    fix.textContent = f.fix;
    li.append(fix);
    findings.append(li);
  }
  return result.findings.length > 0 ? [heading, findings] : [heading];
}

function item(post: ScannedPost): HTMLLIElement {
  const { level, reasons } = post.verdict ?? { level: 'none', reasons: [] };
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  const chip = document.createElement('span');
  chip.className = `chip level-${level}`;
  chip.textContent = t(`level_${level}`);
  const title = document.createElement('span');
  title.className = 'title';
  const record = post.page?.record ?? post.draft.record;
  title.textContent = record.title ?? record.body.slice(0, 160);
  const reason = document.createElement('span');
  reason.className = 'reason';
  reason.textContent = reasons.slice(0, 2).join(' · ');
  button.append(chip, title, reason);
  button.addEventListener('click', () => {
    post.draft.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
  li.append(button);
  return li;
}
