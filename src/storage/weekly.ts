import { weeklyFigures, type WeeklyFigures } from '../core/metrics/weekly';
import type { RapportDB } from './db';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The dashboard's figures for the seven days up to `now`: only that week's events are read,
 * through the time index, however long the log is.
 */
export async function weeklyFiguresFromDb(db: RapportDB, now = new Date()): Promise<WeeklyFigures> {
  const from = new Date(now.getTime() - WEEK_MS).toISOString();
  const week = await db.events.where('time').between(from, now.toISOString(), false, true).toArray();
  return weeklyFigures(week, now);
}
