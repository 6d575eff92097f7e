import { collapse } from '../dom';

// The visible text of a post's [data-testid="tweetText"]. X's markup differs from plain text in
// two ways that matter for reading it (seen in saved X pages, 2025):
// - emoji are drawn as <img alt="🌷" src=".../emoji/v2/svg/1f337.svg">: the alt is the emoji;
// - links show a shortened URL: "https://" and the tail of a long URL sit in aria-hidden spans
//   (styled to 0.001px), then a visible "…" (also aria-hidden). textContent would glue the full
//   hidden URL into the post; we read what the person sees: "brightbrew.example/support/…".
// Hot path: one walk over the text's few nodes, no selector matching, no layout.

const SHOW_MORE = 'tweet-text-show-more-link';

/** What a person reads in a tweetText element, whitespace collapsed. */
export function tweetTextOf(el: Element): string {
  const parts: string[] = [];
  appendVisible(el, parts);
  return collapse(parts.join(''));
}

function appendVisible(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push((child as Text).data);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (el.tagName === 'IMG') parts.push(el.getAttribute('alt') ?? '');
    else if (el.tagName === 'A') appendLink(el, parts);
    else if (el.tagName === 'BR') parts.push('\n');
    // Older markup put "Show more" inside the text; it is a control, not the post.
    else if (el.getAttribute('data-testid') === SHOW_MORE) continue;
    else if (el.childElementCount === 0) parts.push(el.textContent ?? '');
    else appendVisible(el, parts);
  }
}

/** A link's shown text: hidden URL parts are skipped, the visible ellipsis kept. */
function appendLink(link: Element, parts: string[]): void {
  for (let child = link.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push((child as Text).data);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.tagName === 'IMG') {
        parts.push(el.getAttribute('alt') ?? '');
        continue;
      }
      const text = el.textContent ?? '';
      if (el.getAttribute('aria-hidden') !== 'true' || text === '…') parts.push(text);
    }
  }
}
