import type { Context } from './context';
import { recordId } from './context';

/** Where a status sits in the thread the page shows. No place: a timeline entry (a post). */
export interface Place {
  parentId?: string;
  depth?: number;
  /** Direct replies placed under it (the focused status: its action bar shows no count). */
  children: number;
}

export const THREAD_ITEMS = '.status--in-thread[data-id], .detailed-status';

/** The focused status' id, from its date link "/@user@server/<id>". */
export function detailedId(el: Element): string | undefined {
  const href = el.querySelector('a.detailed-status__datetime')?.getAttribute('href') ?? '';
  return /\/(\d+)\/?$/.exec(href)?.[1];
}

/**
 * Place the statuses of a thread page, in page order: ancestors (above the focused status) form
 * the chain of replies it answers; replies below come depth first. Mastodon draws no nesting: a
 * reply continues the status just above it unless the UI starts a new branch
 * (`status--first-in-thread`), which is a reply to the focused status or to one further up that
 * the UI does not point at. Rapport files a new branch under the focused status, as the UI shows it.
 */
export function placeThread(items: Iterable<Element>, ctx: Context): Map<Element, Place> {
  const places = new Map<Element, Place>();
  const byId = new Map<string, Place>();
  const ancestors: string[] = [];
  let focused: { id: string; depth: number } | undefined;
  let previous: { id: string; depth: number } | undefined;
  const put = (el: Element, id: string, parentId: string | undefined, depth: number | undefined): void => {
    const place: Place = { children: 0, ...(parentId !== undefined && { parentId }), ...(depth !== undefined && { depth }) };
    places.set(el, place);
    byId.set(id, place);
    const parent = parentId !== undefined ? byId.get(parentId) : undefined;
    if (parent) parent.children++;
  };
  for (const el of items) {
    if (el.classList.contains('detailed-status')) {
      const raw = detailedId(el);
      if (!raw) continue;
      const id = recordId(ctx, raw);
      const depth = ancestors.length - 1;
      put(el, id, ancestors[ancestors.length - 1], depth >= 0 ? depth : undefined);
      focused = { id, depth };
      continue;
    }
    const id = recordId(ctx, el.getAttribute('data-id') ?? '');
    if (!focused) {
      const i = ancestors.length;
      put(el, id, ancestors[i - 1], i > 0 ? i - 1 : undefined);
      ancestors.push(id);
      continue;
    }
    const parent = !previous || el.classList.contains('status--first-in-thread') ? focused : previous;
    put(el, id, parent.id, parent.depth + 1);
    previous = { id, depth: parent.depth + 1 };
  }
  return places;
}
