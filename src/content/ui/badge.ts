import type { Level } from '../../core/assessment';
import type { PageVerdict } from '../../messages/protocol';
import { t } from '../ext';
import type { PagePost } from '../../sites/types';
import { HOST_RESET, SHARED_CSS, styleInto } from './styles';

const BADGE_CSS = `${SHARED_CSS}
.wrap { position: relative; display: inline-block; margin: 0 6px; }
.tip { position: absolute; z-index: 1; top: 22px; left: 0; width: max-content; max-width: 320px;
  padding: 8px 10px; border-radius: 8px; background: #0f172a; color: #f8fafc; font-size: 12px; line-height: 1.4;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
.tip ul { margin: 0; padding-left: 16px; }
.chip { display: inline-block; max-width: 360px; overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
`;

// Strings read once a page: browser.i18n costs tens of µs a call, and a page can carry hundreds of badges.
const labels = new Map<Level, string>();
const labelOf = (level: Level): string => {
  let label = labels.get(level);
  if (label === undefined) labels.set(level, (label = t(`level_${level}`)));
  return label;
};
let ariaTemplate: string | undefined;
/** "Rapport: $1. $2" filled in here rather than by i18n on every badge. */
const ariaLabel = (label: string, reasons: string): string => {
  ariaTemplate ??= t('badgeLabel', ['\u0001', '\u0002']);
  return ariaTemplate.replace('\u0001', () => label).replace('\u0002', () => reasons);
};

/**
 * A small badge after the post's anchor: level and top reason, all reasons on hover or focus
 * (the list is built the first time it is asked for). The shadow root is closed so the page
 * cannot reach into it; one shared stylesheet serves every badge; page text goes in as text.
 */
export function mountBadge(post: PagePost, verdict: PageVerdict): HTMLElement {
  const host = document.createElement('span');
  host.setAttribute('style', HOST_RESET);
  host.setAttribute('data-rapport-badge', post.record.id);
  // Inside a web component (new Reddit's shreddit-post), only slotted children are displayed.
  const slot = post.anchor.getAttribute('slot');
  if (slot) host.setAttribute('slot', slot);
  const root = host.attachShadow({ mode: 'closed' });
  styleInto(root, BADGE_CSS);

  const { level, reasons } = verdict;
  const label = labelOf(level);
  const wrap = document.createElement('span');
  wrap.className = 'wrap';
  const chip = document.createElement('button');
  chip.type = 'button';
  chip.className = `chip level-${level}`;
  chip.textContent = reasons[0] ? `${label} · ${reasons[0]}` : label;
  chip.setAttribute('aria-label', ariaLabel(label, reasons.join('; ')));
  let tip: HTMLElement | undefined;
  const open = () => {
    tip ??= tooltip(reasons);
    if (!tip.isConnected) wrap.append(tip);
  };
  const close = () => tip?.remove();
  wrap.addEventListener('mouseenter', open);
  wrap.addEventListener('mouseleave', () => {
    if (root.activeElement !== chip) close();
  });
  chip.addEventListener('focus', open);
  chip.addEventListener('blur', close);
  chip.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  wrap.append(chip);
  root.append(wrap);
  post.anchor.after(host);
  return host;
}

function tooltip(reasons: readonly string[]): HTMLElement {
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
  return tip;
}
