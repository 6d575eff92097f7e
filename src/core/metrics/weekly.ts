/** The minimum an event needs for the weekly figures (storage's EngagementEvent has more). */
export interface EventLike {
  time: string;
  type: string;
  site: string;
  namedBrand: boolean | null;
  disclosed: boolean | null;
}

export interface WeeklyFigures {
  from: string;
  to: string;
  surfaced: number;
  replied: number;
  followedUp: number;
  complaintsResolved: number;
  /** Share of replies naming the brand that disclosed the writer's connection (null: none yet). */
  disclosureRate: number | null;
  bySite: Record<string, number>;
}

/**
 * Share of the replies naming the brand that disclosed the writer's connection: null when no
 * reply named it (nothing to disclose yet). A reply whose disclosure is unknown does not count.
 */
export function disclosureRate(events: readonly EventLike[]): number | null {
  const naming = events.filter((e) => e.type === 'replied' && e.namedBrand === true && e.disclosed !== null);
  return naming.length === 0 ? null : naming.filter((e) => e.disclosed).length / naming.length;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Figures for the seven days up to `now`: the measurable goals a rep checks each week. */
export function weeklyFigures(events: readonly EventLike[], now: Date): WeeklyFigures {
  const to = now.getTime();
  const from = to - WEEK_MS;
  const week = events.filter((e) => {
    const time = Date.parse(e.time);
    return time > from && time <= to;
  });
  const count = (type: string) => week.filter((e) => e.type === type).length;
  const bySite: Record<string, number> = {};
  for (const e of week) if (e.type === 'replied') bySite[e.site] = (bySite[e.site] ?? 0) + 1;
  return {
    from: new Date(from).toISOString(),
    to: now.toISOString(),
    surfaced: count('surfaced'),
    replied: count('replied'),
    followedUp: count('followed_up'),
    complaintsResolved: count('complaint_resolved'),
    disclosureRate: disclosureRate(week),
    bySite,
  };
}
