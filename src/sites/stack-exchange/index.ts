import { forgiving, pickReplyBox, readAll, selectAll } from '../dom';
import type { PagePost, SiteAdapter } from '../types';
import { readSummary } from './list';
import { readAnswer, readComment, readQuestion } from './question';
import { SE } from './selectors';
import { contextOf } from './shared';

export { seTime } from './shared';

// Stack Overflow and the Stack Exchange network: one server-rendered codebase on many hosts.

/** Hosts of the network Rapport reads (chat, api and data hosts have no posts). */
export function isStackExchangeHost(host: string): boolean {
  if (/^(chat|api|data|area51)\./.test(host)) return false;
  return /(^|\.)(stackoverflow|stackexchange|superuser|serverfault|askubuntu)\.com$/.test(host) || /(^|\.)mathoverflow\.net$/.test(host);
}

/** The question page's posts and comments, in page order (a small page: one query is fine). */
const QUESTION_ITEMS = [SE.question.css, SE.answer.css, SE.comment.css].join(', ');

/** Read the question, answers and comments, or a list's summaries, in page order. */
export function readStackExchange(root: ParentNode, url: URL, strict: boolean): PagePost[] {
  // Lists can be long: their summaries are found with one simple selector (a selector list makes
  // Chromium walk every node of the page instead of its class index).
  const candidates = selectAll(root, /^\/questions\/\d+/.test(url.pathname) ? QUESTION_ITEMS : SE.summary.css);
  if (candidates.length === 0) return [];
  const ctx = contextOf(root, url);
  return readAll(
    candidates,
    (el) => {
      if (el.tagName === 'LI') return readComment(el, ctx);
      if (el.hasAttribute('data-answerid')) return readAnswer(el, ctx);
      if (el.hasAttribute('data-questionid')) return readQuestion(el, ctx);
      return readSummary(el, ctx);
    },
    strict,
  );
}

export const stackExchange: SiteAdapter = {
  id: 'stack-exchange',
  name: 'Stack Exchange',
  matches: [
    'https://stackoverflow.com/*',
    'https://*.stackoverflow.com/*',
    'https://*.stackexchange.com/*',
    'https://superuser.com/*',
    'https://serverfault.com/*',
    'https://askubuntu.com/*',
    'https://mathoverflow.net/*',
  ],
  detect: (url) => isStackExchangeHost(url.hostname),
  readPosts: forgiving(readStackExchange),
  findReplyBox: (doc) => pickReplyBox(doc, [SE.answerBox.css, '#post-form textarea[name="post-text"]']),
};
