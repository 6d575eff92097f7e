import { sha256Hex } from './sha256';

/**
 * The tamper-evident log: each exported event carries `hash = SHA-256(previous hash + "\n" + the
 * event)`, starting from GENESIS. Changing, removing, adding or reordering any event changes every
 * hash after it; verifying says where the first difference is. (Anyone can recompute a chain, so
 * it proves the file is as exported only next to the head hash noted at export time.)
 */
export const GENESIS = '0'.repeat(64);

/** The event's fields in a fixed (sorted) order, without its hash: the same event always hashes the same. */
export function canonical(record: Record<string, unknown>): string {
  const keys = Object.keys(record)
    .filter((k) => k !== 'hash' && record[k] !== undefined)
    .sort();
  return JSON.stringify(record, keys);
}

export const nextHash = (previous: string, text: string): string => sha256Hex(`${previous}\n${text}`);

export type ChainCheck =
  | { status: 'intact'; count: number; head: string }
  | { status: 'absent'; count: number }
  | {
      status: 'broken';
      count: number;
      /** 1-based positions in the file's event list where the chain breaks, the first first (at most 100). */
      breaks: { position: number; id: string }[];
      breakCount: number;
    };

/** Recomputes the chain over events in file order; after a break it continues from the file's own hash, to find every break. */
export function verifyChain(events: readonly Record<string, unknown>[], expectedHead?: string): ChainCheck {
  if (events.length > 0 && events.every((e) => typeof e.hash !== 'string')) return { status: 'absent', count: events.length };
  let previous = GENESIS;
  const breaks: { position: number; id: string }[] = [];
  let breakCount = 0;
  events.forEach((event, i) => {
    const stated = typeof event.hash === 'string' ? event.hash : '';
    if (nextHash(previous, canonical(event)) !== stated) {
      breakCount += 1;
      if (breaks.length < 100) breaks.push({ position: i + 1, id: String(event.id ?? '') });
    }
    previous = stated;
  });
  if (expectedHead !== undefined && previous !== expectedHead && breakCount === 0) {
    // Events cut from the end leave an intact chain that stops short of the stated head.
    breakCount = 1;
    breaks.push({ position: events.length + 1, id: '' });
  }
  return breakCount > 0 ? { status: 'broken', count: events.length, breaks, breakCount } : { status: 'intact', count: events.length, head: previous };
}
