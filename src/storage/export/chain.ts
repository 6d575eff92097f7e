import { sha256Hex } from './sha256';

/**
 * The tamper-evident log: each exported event carries `hash = SHA-256(previous hash + "\n" + the
 * event)`, starting from GENESIS. Changing, removing, adding or reordering any event changes every
 * hash after it; verifying says where the first difference is. (Anyone can recompute a chain, so
 * it proves the file is as exported only next to the head hash noted at export time.)
 */
export const GENESIS = '0'.repeat(64);

/** JSON with every object's keys sorted (undefined fields left out, as JSON does). */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stable(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The event's fields in a fixed (sorted) order, without its hash: the same event always hashes the same. */
export function canonical(record: Record<string, unknown>): string {
  const rest = { ...record };
  delete rest.hash;
  return stable(rest);
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

/**
 * Recomputes the chain over events in file order, one event at a time (an import checks it page by
 * page); after a break it continues from the file's own hash, so every break is found.
 */
export class ChainVerifier {
  private previous = GENESIS;
  private count = 0;
  private hashed = 0;
  private breakCount = 0;
  private readonly breaks: { position: number; id: string }[] = [];

  add(event: Record<string, unknown>): void {
    this.count += 1;
    const stated = typeof event.hash === 'string' ? event.hash : '';
    if (stated) this.hashed += 1;
    if (nextHash(this.previous, canonical(event)) !== stated) {
      this.breakCount += 1;
      if (this.breaks.length < 100) this.breaks.push({ position: this.count, id: String(event.id ?? '') });
    }
    this.previous = stated;
  }

  result(expectedHead?: string): ChainCheck {
    if (this.count > 0 && this.hashed === 0) return { status: 'absent', count: this.count };
    let { breakCount } = this;
    const breaks = [...this.breaks];
    const head = this.count === 0 ? GENESIS : this.previous;
    if (expectedHead !== undefined && head !== expectedHead && breakCount === 0) {
      // Events cut from the end leave an intact chain that stops short of the stated head.
      breakCount = 1;
      breaks.push({ position: this.count + 1, id: '' });
    }
    return breakCount > 0 ? { status: 'broken', count: this.count, breaks, breakCount } : { status: 'intact', count: this.count, head };
  }
}

export function verifyChain(events: readonly Record<string, unknown>[], expectedHead?: string): ChainCheck {
  const verifier = new ChainVerifier();
  for (const event of events) verifier.add(event);
  return verifier.result(expectedHead);
}
