// Times as YouTube shows them: comments only ever say "2 days ago" (no datetime attribute, no
// tooltip), the video says "2 weeks ago" collapsed and "Nov 10, 2026" in its tooltip. English UI
// only; other languages leave the time out rather than guess.

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  // Calendar units are approximate: "1 month ago" on YouTube is itself a rounded figure.
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

const RELATIVE = /\b(\d+)\s+(second|minute|hour|day|week|month|year)s?\s+ago\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ABSOLUTE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})\b/i;

/**
 * "2 days ago" (also "2 days ago (edited)") as an ISO time counted back from `now`, to the unit
 * shown: the page gives no more precision than that. Undefined when the text has no such phrase.
 */
export function fromRelative(text: string | null | undefined, now: number): string | undefined {
  const m = text ? RELATIVE.exec(text) : null;
  if (!m) return undefined;
  const unit = UNIT_MS[(m[2] ?? '').toLowerCase()];
  if (unit === undefined) return undefined;
  return new Date(now - Number(m[1]) * unit).toISOString();
}

/** "Nov 10, 2026" (also "Premiered Nov 10, 2026") as that day at 00:00 UTC; undefined otherwise. */
export function fromDate(text: string | null | undefined): string | undefined {
  const m = text ? ABSOLUTE.exec(text) : null;
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase());
  const date = new Date(Date.UTC(Number(m[3]), month, Number(m[2])));
  // Date.UTC rolls "Feb 31" over into March: a rolled date is no date the page showed.
  return date.getUTCDate() === Number(m[2]) ? date.toISOString() : undefined;
}
