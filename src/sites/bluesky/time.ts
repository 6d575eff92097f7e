// When a Bluesky post was written. The page shows only relative time ("2h"); bsky.app writes no
// <time datetime>. What it does give (social-app src/view/com/util/PostMeta.tsx):
// - the post link's title and aria-label: niceDate(), a *localized, local-time* string such as
//   "November 22, 2026 at 3:04 PM" (or "2026年11月22日 15:04"), which Date.parse mostly refuses;
// - the record key in that link's path (/profile/h/post/3lbx2zq6cqk2a): a TID, base32-sortable
//   microseconds since the epoch (top 53 bits) and a 10-bit clock id, set by the author's client
//   when the post was created. Public extensions read the time from it for the same reason.
// So the record key comes first (exact, language- and timezone-free); the English label is the
// fallback for keys that are not TIDs. The thread's main post has no link: its key is in the URL.

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
/** Character code -> 5-bit value, -1 outside the alphabet. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
/** Bluesky's first posts (late 2022) to year 2100: anything else is not a post time. */
const EARLIEST = Date.UTC(2022, 10, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** The creation time a TID record key encodes, as ISO 8601; undefined when `rkey` is not a TID. */
export function timeOfRecordKey(rkey: string): string | undefined {
  if (rkey.length !== 13) return undefined;
  // The first 11 characters are the 55 high bits: the 53-bit microsecond count (the last two
  // characters hold the clock id). The value stays below 2^53, so plain numbers are exact.
  // The top bit is always 0, so the first character is one of 2-7, a-j.
  let micros = 0;
  for (let i = 0; i < 13; i++) {
    const value = VALUE[rkey.charCodeAt(i)] ?? -1;
    if (value < 0 || (i === 0 && value > 15)) return undefined;
    if (i < 11) micros = micros * 32 + value;
  }
  const ms = Math.floor(micros / 1000);
  return ms >= EARLIEST && ms < LATEST ? new Date(ms).toISOString() : undefined;
}

/** The English niceDate label ("November 22, 2026 at 3:04 PM", local time), as ISO 8601. */
export function timeOfLabel(label: string | null | undefined): string | undefined {
  if (!label) return undefined;
  const ms = Date.parse(label.replace(/\s+at\s+/, ' '));
  return Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST ? new Date(ms).toISOString() : undefined;
}
