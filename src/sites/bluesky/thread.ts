import { BSKY } from './selectors';

// Where a post sits on a thread page (bsky.app/profile/h/post/rkey), in the default linear view
// (social-app src/screens/PostThread/components/ThreadItemPost.tsx, ThreadItemAnchor.tsx). The
// page lists the posts above the main one (its parents), the main post, then the replies: each
// branch starts with a direct reply, and a post that replies to the one right above it draws a
// reply line in its first row (ThreadItemPostParentReplyLine: a 12px row whose avatar-wide box
// holds the line only when `showParentReplyLine`). The main post draws its line as a row just
// before it. That line is the only nesting the page shows; no class or depth attribute exists.
// Depth follows Reddit and HN: the thread's first post has none, its direct replies are 0.
// Known limit: a deleted post ("Post has been deleted") has no test id, so a reply to it is read
// as a reply to the post above the deleted one.

const ITEM = BSKY.threadItem.css;

export interface Place {
  kind: 'post' | 'comment';
  depth?: number;
  parentId?: string;
}

interface Slot {
  /** -1: the thread's first post; 0 and up: a reply's depth. */
  level: number;
  id: string;
}

/** A reply's first row holds a reply line when it answers the post drawn right above it. */
function repliesToAbove(item: Element, isAnchor: boolean): boolean {
  if (isAnchor) return item.previousElementSibling !== null;
  return item.firstElementChild?.firstElementChild?.firstElementChild != null;
}

/** The thread item before `item` in page order (rows are siblings at some level above it). */
function itemAbove(item: Element): Element | null {
  for (let node: Element | null = item; node; node = node.parentElement) {
    for (let row = node.previousElementSibling; row; row = row.previousElementSibling) {
      if (row.matches(ITEM)) return row;
      // A row holds one post (quoted posts are not thread items), so the first match is the last.
      const inside = row.querySelector(ITEM);
      if (inside) return inside;
    }
  }
  return null;
}

/** One read of one thread page: lookups done at most once per read. */
export class Thread {
  private readonly slots = new Map<Element, Slot>();
  private anchor: Element | null | undefined;
  /** The posts above the main one: built once per read (compareDocumentPosition per reply would walk the page). */
  private parents: Set<Element> | undefined;

  /** `urlId`: the main post's id from the page URL, used when the main post is not on the page. */
  constructor(
    private readonly doc: ParentNode,
    private readonly urlId: string,
    private readonly idOf: (item: Element) => string,
  ) {}

  /** The main post's id as its own links give it (the URL may name the author by DID). */
  private anchorId(): string {
    const anchor = this.anchorElement();
    return anchor ? this.slotOf(anchor, undefined, true).id : this.urlId;
  }

  place(item: Element, id: string, isAnchor: boolean): Place {
    const slot = this.slotOf(item, id, isAnchor);
    if (slot.level < 0) return { kind: 'post' };
    const above = repliesToAbove(item, isAnchor) ? itemAbove(item) : null;
    const parentId = above ? this.slotOf(above, undefined, this.isAnchor(above)).id : this.anchorId();
    return { kind: 'comment', depth: slot.level, parentId };
  }

  private isAnchor(item: Element): boolean {
    return item === this.anchorElement();
  }

  private slotOf(item: Element, known: string | undefined, isAnchor: boolean): Slot {
    const cached = this.slots.get(item);
    if (cached) return cached;
    const id = known ?? this.idOf(item);
    const above = repliesToAbove(item, isAnchor) ? itemAbove(item) : null;
    let level: number;
    if (above) level = this.slotOf(above, undefined, this.isAnchor(above)).level + 1;
    else if (isAnchor || this.precedesAnchor(item)) level = -1;
    else level = this.anchorLevel() + 1;
    const slot = { level, id };
    this.slots.set(item, slot);
    return slot;
  }

  private anchorElement(): Element | null {
    if (this.anchor === undefined) this.anchor = this.doc.querySelector(BSKY.threadAnchor.css);
    return this.anchor;
  }

  private anchorLevel(): number {
    const anchor = this.anchorElement();
    return anchor ? this.slotOf(anchor, undefined, true).level : -1;
  }

  /** Before the main post and not answering anything above: the thread's first post. */
  private precedesAnchor(item: Element): boolean {
    if (!this.parents) {
      this.parents = new Set();
      const anchor = this.anchorElement();
      for (let up = anchor && repliesToAbove(anchor, true) ? itemAbove(anchor) : null; up; up = itemAbove(up)) this.parents.add(up);
    }
    return this.parents.has(item);
  }
}
