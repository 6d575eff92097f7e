import type { PageVerdict } from '../../messages/protocol';
import { t } from '../ext';
import type { ScannedPost } from '../scan';
import { HOST_RESET, SHARED_CSS } from './styles';

const BADGE_CSS = `${SHARED_CSS}
.wrap { position: relative; display: inline-block; margin: 0 6px; }
.tip { display: none; position: absolute; z-index: 1; top: 22px; left: 0; width: max-content; max-width: 320px;
  padding: 8px 10px; border-radius: 8px; background: #0f172a; color: #f8fafc; font-size: 12px; line-height: 1.4;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
.tip ul { margin: 0; padding-left: 16px; }
.wrap:hover .tip, .wrap:focus-within .tip { display: block; }
`;

/**
 * A small badge after the post's anchor: level and top reason, all reasons on hover or focus.
 * The shadow root is closed so the page cannot reach into it; all page text goes in as text.
 */
export function mountBadge(post: ScannedPost, verdict: PageVerdict): HTMLElement {
  const host = document.createElement('span');
  host.setAttribute('style', HOST_RESET);
  host.dataset.rapportBadge = post.record.id;
  // Inside a web component (new Reddit's shreddit-post), only slotted children are displayed.
  const slot = post.page.anchor.getAttribute('slot');
  if (slot) host.setAttribute('slot', slot);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;

  const { level, reasons } = verdict;
  const label = t(`level_${level}`);
  const wrap = document.createElement('span');
  wrap.className = 'wrap';
  const chip = document.createElement('button');
  chip.type = 'button';
  chip.className = `chip level-${level}`;
  chip.textContent = reasons[0] ? `${label} · ${reasons[0]}` : label;
  chip.setAttribute('aria-label', t('badgeLabel', [label, reasons.join('; ')]));
  const tip = document.createElement('span');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  const list = document.createElement('ul');
  for (const reason of reasons) {
    const item = document.createElement('li');
    item.textContent = reason;
    list.append(item);
  }
  tip.append(list);
  wrap.append(chip, tip);
  root.append(style, wrap);
  post.page.anchor.after(host);
  return host;
}
