import { collapse, textOf } from '../dom';

/**
 * The writer's own words in a post's `.cooked`: quoted posts (`aside.quote`) and link previews
 * (`aside.onebox`) are other people's text, and an image's lightbox only adds its file name and
 * size. Quotes and oneboxes are always top-level blocks of the cooked HTML, and the parser lifts a
 * lightbox out of its <p>, so one pass over the children is enough.
 */
export function cookedText(cooked: Element): string {
  const parts: string[] = [];
  for (let child = cooked.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'ASIDE' || child.classList.contains('lightbox-wrapper')) continue;
    parts.push(textOf(child));
  }
  return collapse(parts.join(' '));
}

