import type { PostRecord } from '../../core/post';
import { absoluteUrl, countIn, textOf, toIso } from '../dom';
import { SE } from './selectors';

// What every Stack Exchange reader shares. Post and comment ids are per site, so record ids carry
// the host: "superuser.com:1893456".

/** Names for sites whose page lacks og:site_name (the meta tag is the normal source). */
const SITE_NAMES: Record<string, string> = {
  'stackoverflow.com': 'Stack Overflow',
  'superuser.com': 'Super User',
  'serverfault.com': 'Server Fault',
  'askubuntu.com': 'Ask Ubuntu',
  'mathoverflow.net': 'MathOverflow',
};

/** What every post on the page shares, read once per call (not per post). */
export interface Context {
  host: string;
  origin: string;
  site: string;
  questionId: string | undefined;
  questionUrl: string | undefined;
  title: string | undefined;
  answerCount: number | undefined;
}

export function contextOf(root: ParentNode, url: URL): Context {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const meta = doc.querySelector(SE.siteName.css)?.getAttribute('content')?.trim();
  const titleLink = doc.querySelector(SE.questionTitle.css);
  const questionId = /^\/questions\/(\d+)/.exec(url.pathname)?.[1];
  const href = titleLink?.getAttribute('href');
  return {
    host: url.hostname,
    origin: url.origin,
    site: meta || SITE_NAMES[url.hostname] || url.hostname,
    questionId,
    questionUrl: href ? absoluteUrl(href, url.origin) : questionId ? `${url.origin}/q/${questionId}` : undefined,
    title: titleLink ? textOf(titleLink) : undefined,
    answerCount: countIn(doc.querySelector(SE.answerCount.css)?.getAttribute('data-answercount')),
  };
}

/** "2026-11-19 08:40:11Z, License: CC BY-SA 4.0" -> ISO (toIso splits at the first space). */
export function seTime(title: string | null | undefined): string | undefined {
  if (!title) return undefined;
  return toIso(title.split(',')[0]?.trim().replace(' ', 'T'));
}

export const recordId = (ctx: Context, id: string): string => `${ctx.host}:${id}`;

/** Author name and profile link; deleted users have a name but no link. */
export function authorOf(link: Element | null, nameEl: Element | null, origin: string): Pick<PostRecord, 'author' | 'authorUrl'> {
  const href = link?.getAttribute('href');
  const author = (link ? textOf(link) : nameEl ? textOf(nameEl) : '') || undefined;
  if (!author) return {};
  return { author, ...(href ? { authorUrl: absoluteUrl(href, origin) } : {}) };
}

