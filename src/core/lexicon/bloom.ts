/**
 * A Bloom filter over strings: a compact answer to "is this a dictionary word?" with a small,
 * known false-positive rate and no false negatives. Built by scripts/build-lexicon.mjs, which
 * must hash exactly as `bloomHashes` does.
 */
export interface BloomData {
  /** Number of bits. */
  m: number;
  /** Number of hash functions. */
  k: number;
  /** The bit array, base64. */
  bits: string;
}

/** Two independent 32-bit hashes (FNV-1a and a multiplicative variant), for double hashing. */
export function bloomHashes(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1 >>> 0, (h2 >>> 0) | 1];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = lookup[clean.charCodeAt(i)] ?? 0;
    const b = lookup[clean.charCodeAt(i + 1)] ?? 0;
    const c = lookup[clean.charCodeAt(i + 2)] ?? 0;
    const d = lookup[clean.charCodeAt(i + 3)] ?? 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export class Bloom {
  private readonly bytes: Uint8Array;
  constructor(private readonly data: BloomData) {
    this.bytes = decodeBase64(data.bits);
  }

  has(s: string): boolean {
    const [h1, h2] = bloomHashes(s);
    const { m, k } = this.data;
    for (let i = 0; i < k; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const idx = bit % m;
      if (((this.bytes[idx >> 3] ?? 0) & (1 << (idx & 7))) === 0) return false;
    }
    return true;
  }
}
