import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../testing';
import { GENESIS, canonical, nextHash, verifyChain } from './chain';
import { sha256, sha256Hex, toHex } from './sha256';

async function subtleHex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes)));
}

describe('sha256', () => {
  it('matches the FIPS 180-4 examples and crypto.subtle at every length around a block', async () => {
    const enc = new TextEncoder();
    expect(toHex(sha256(enc.encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(new Uint8Array()))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (let length = 0; length < 200; length++) {
      const bytes = webcrypto.getRandomValues(new Uint8Array(length));
      expect(toHex(sha256(bytes)), `length ${length}`).toBe(await subtleHex(bytes));
    }
    const unicode = enc.encode('Café ☕ 日本語 👍'.repeat(50));
    expect(toHex(sha256(unicode))).toBe(await subtleHex(unicode));
    // The string form reuses one buffer: long, short and long again must not leak into each other.
    for (const text of ['x'.repeat(5_000), 'abc', 'Café ☕ 日本語 👍'.repeat(300), '', 'é'.repeat(55), 'a'.repeat(56)]) {
      expect(sha256Hex(text)).toBe(await subtleHex(enc.encode(text)));
    }
  });
});

function chained(count: number): Record<string, unknown>[] {
  let previous = GENESIS;
  return Array.from({ length: count }, (_, i) => {
    const event: Record<string, unknown> = sampleEvent({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, note: `n${i}` });
    previous = nextHash(previous, canonical(event));
    return { ...event, hash: previous };
  });
}

describe('verifyChain', () => {
  it('accepts an untouched chain and names its head', () => {
    const events = chained(5);
    expect(verifyChain(events, events[4]!.hash as string)).toEqual({ status: 'intact', count: 5, head: events[4]!.hash });
  });

  it('does not depend on the order of fields', () => {
    const [event] = chained(1);
    const reordered = Object.fromEntries(Object.entries(event!).reverse());
    expect(verifyChain([reordered]).status).toBe('intact');
  });

  it('locates an edited event', () => {
    const events = chained(5);
    events[2] = { ...events[2]!, disclosed: false };
    expect(verifyChain(events)).toMatchObject({ status: 'broken', breakCount: 1, breaks: [{ position: 3, id: events[2]!.id }] });
  });

  it('locates a removed and a reordered event', () => {
    const removed = chained(5).filter((_, i) => i !== 1);
    expect(verifyChain(removed)).toMatchObject({ status: 'broken', breaks: [{ position: 2 }] });
    const swapped = chained(5);
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    expect(verifyChain(swapped)).toMatchObject({ status: 'broken', breaks: [{ position: 4 }, { position: 5 }] });
  });

  it('notices events cut from the end only against the stated head', () => {
    const events = chained(5);
    const head = events[4]!.hash as string;
    expect(verifyChain(events.slice(0, 3)).status).toBe('intact');
    expect(verifyChain(events.slice(0, 3), head)).toMatchObject({ status: 'broken', breaks: [{ position: 4 }] });
  });

  it('says when a file carries no chain at all', () => {
    expect(verifyChain([sampleEvent()])).toEqual({ status: 'absent', count: 1 });
  });
});
