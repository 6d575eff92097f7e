import type { ScannedPost } from '../scan';
import { t } from '../../ui/i18n';
import { SHARED_CSS } from './styles';

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
.title { font-weight: 600; overflow: hidden; text-overflow: ellipsis; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.reason { color: #475569; font-size: 12px; }
.panel.collapsed ol { display: none; }
@media (prefers-color-scheme: dark) {
  .panel { background: #0f172a; color: #e2e8f0; border-color: #334155; }
  .head { background: #1e293b; }
  .head .count, .reason { color: #94a3b8; }
  li button:hover { background: #1e293b; }
}
`;

export interface Panel {
  update(posts: ScannedPost[]): void;
  remove(): void;
}

/** The page's relevant posts by priority, each a button that scrolls to its post. */
export function mountPanel(): Panel {
  const host = document.createElement('div');
  host.setAttribute('style', 'all: initial !important; position: fixed !important; z-index: 2147483646 !important;');
  host.dataset.rapportPanel = '';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
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
  head.addEventListener('click', () => {
    const collapsed = panel.classList.toggle('collapsed');
    head.setAttribute('aria-expanded', String(!collapsed));
  });
  panel.append(head, list);
  root.append(style, panel);
  document.documentElement.append(host);

  return {
    update(posts) {
      count.textContent = t('panelCount', String(posts.length));
      list.replaceChildren(...posts.map(item));
      host.style.setProperty('display', posts.length === 0 ? 'none' : 'block', 'important');
    },
    remove: () => host.remove(),
  };
}

function item(post: ScannedPost): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  const chip = document.createElement('span');
  chip.className = `chip level-${post.assessment.level}`;
  chip.textContent = t(`level_${post.assessment.level}`);
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = post.record.title ?? post.record.body.slice(0, 160);
  const reason = document.createElement('span');
  reason.className = 'reason';
  reason.textContent = post.assessment.reasons.slice(0, 2).join(' · ');
  button.append(chip, title, reason);
  button.addEventListener('click', () => {
    post.page.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
  li.append(button);
  return li;
}
