import { X } from './selectors';

// Where a tweet sits on a status page (x.com/handle/status/ID). X shows no nesting: the focal
// tweet, the tweets it replies to above it, then the replies as "conversation groups". Inside a
// group each tweet replies to the one above it (drawn with a connecting line); groups are
// separated by an empty cell (seen in saved pages: "conversation items are separated by empty
// cells"). After "Discover more" come recommended tweets, which are not replies.
// Depth follows Reddit and HN: the thread's first post has none, its direct replies are 0.

/** -1: the conversation's first post (no depth); 0 and up: a reply's depth. */
interface Slot {
  level: number;
  /** The status id, or undefined for a deleted tweet (it keeps its place in the chain). */
  id: string | undefined;
}

export interface Place {
  kind: 'post' | 'comment';
  depth?: number;
  parentId?: string;
}

const CELL = X.cell.css;
const TWEET = X.tweet.css;

/** One read of one status page: the focal status and lookups done at most once per read. */
export class Conversation {
  private readonly slots = new Map<Element, Slot>();
  private focal: Element | null | undefined;
  /** Rows above the focal tweet's row, and rows after "Discover more": built once per read. */
  private aboveFocal: Set<Element> | undefined;
  private recommended: Set<Element> | undefined;

  constructor(
    private readonly doc: ParentNode,
    readonly focalId: string,
    private readonly idOf: (article: Element) => string | undefined,
  ) {}

  /** Kind, parent and depth of a tweet whose status id is `id`. */
  place(article: Element, id: string): Place {
    const cell = article.closest(CELL);
    if (!cell) return id === this.focalId ? { kind: 'post' } : { kind: 'comment', parentId: this.focalId, depth: 0 };
    const slot = this.slotOf(cell, article, id);
    if (slot.level < 0) return { kind: 'post' };
    const above = this.above(cell);
    const parentId = above ? this.slotOf(above.cell, above.article, undefined).id : this.focalId;
    return parentId === undefined ? { kind: 'comment', depth: slot.level } : { kind: 'comment', depth: slot.level, parentId };
  }

  private slotOf(cell: Element, article: Element, known: string | undefined): Slot {
    const cached = this.slots.get(cell);
    if (cached) return cached;
    const id = known ?? this.idOf(article);
    const above = this.above(cell);
    let level: number;
    if (above) level = this.slotOf(above.cell, above.article, undefined).level + 1;
    else if (id === this.focalId || this.isRecommended(cell) || this.precedesFocal(cell)) level = -1;
    else level = this.focalLevel() + 1;
    const slot = { level, id };
    this.slots.set(cell, slot);
    return slot;
  }

  /** The tweet (or deleted tweet) in the row right above, when it is in the same group. */
  private above(cell: Element): { cell: Element; article: Element } | null {
    const previous = cell.previousElementSibling;
    if (!previous?.matches(CELL)) return null;
    const article = previous.querySelector('article');
    return article ? { cell: previous, article } : null;
  }

  private focalElement(): Element | null {
    if (this.focal === undefined) {
      // The focal tweet's own permalink time; virtualisation may have dropped it after a long scroll.
      this.focal = this.doc.querySelector(`a[href$="/status/${this.focalId}"] > time`)?.closest(TWEET) ?? null;
    }
    return this.focal;
  }

  private focalLevel(): number {
    const focal = this.focalElement();
    const cell = focal?.closest(CELL);
    return focal && cell ? this.slotOf(cell, focal, this.focalId).level : -1;
  }

  /** Above the focal tweet and starting a group: the conversation's first post. */
  private precedesFocal(cell: Element): boolean {
    if (!this.aboveFocal) {
      this.aboveFocal = new Set();
      for (let row = this.focalElement()?.closest(CELL)?.previousElementSibling; row; row = row.previousElementSibling) this.aboveFocal.add(row);
    }
    return this.aboveFocal.has(cell);
  }

  // Sets of sibling rows, not compareDocumentPosition: that walks the siblings in between, and
  // one call per reply would make a long page quadratic.
  private isRecommended(cell: Element): boolean {
    if (!this.recommended) {
      this.recommended = new Set();
      const heading = this.doc.querySelector(X.cellHeading.css)?.closest(CELL);
      for (let row = heading?.nextElementSibling; row; row = row.nextElementSibling) this.recommended.add(row);
    }
    return this.recommended.has(cell);
  }
}
