/**
 * Test helpers: a fresh database on fake-indexeddb and one valid record of each kind.
 * Imported by tests only (fake-indexeddb is a dev dependency).
 */
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { DB_VERSIONS, RapportDB } from './db';
import type {
  EngagementEvent,
  GoalRecord,
  PersonRecord,
  ReplyRecord,
  ReminderRecord,
  SettingRecord,
  ThreadRecord,
} from './schemas';

/** A database no other test uses (Dexie opens it on first use). */
export function testDb(name = `rapport-test-${crypto.randomUUID()}`): RapportDB {
  return new RapportDB({ indexedDB, IDBKeyRange, name });
}

/**
 * The database as an older release declared it: versions up to `version` only, no validation.
 * A migration test writes old-shaped data through this, closes it, then opens `testDb(name)`.
 */
export function openAtVersion(version: number, name: string): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const { version: v, stores, upgrade } of DB_VERSIONS.filter((entry) => entry.version <= version)) {
    const declared = db.version(v).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

export const sampleThread = (over: Partial<ThreadRecord> = {}): ThreadRecord => ({
  key: 'hacker-news:101',
  site: 'hacker-news',
  postId: '101',
  url: 'https://news.ycombinator.com/item?id=101',
  title: 'Ask HN: best coffee grinder?',
  community: 'Ask HN',
  author: 'pg',
  firstSeen: '2024-05-01T10:00:00.000Z',
  lastSeen: '2024-05-01T10:00:00.000Z',
  relevance: { score: 0.8, level: 'high' },
  status: 'new',
  demo: false,
  updatedAt: '2024-05-01T10:00:00.000Z',
  ...over,
});

export const samplePerson = (over: Partial<PersonRecord> = {}): PersonRecord => ({
  key: 'reddit:coffee_fan',
  site: 'reddit',
  handle: 'coffee_fan',
  displayName: 'Coffee Fan',
  profileUrl: 'https://www.reddit.com/user/coffee_fan',
  firstInteraction: '2024-05-01T10:00:00.000Z',
  lastInteraction: '2024-05-02T10:00:00.000Z',
  count: 2,
  notes: 'Asked about grinders twice.',
  tags: ['customer', 'espresso nerd'],
  demo: false,
  updatedAt: '2024-05-02T10:00:00.000Z',
  ...over,
});

export const sampleReminder = (over: Partial<ReminderRecord> = {}): ReminderRecord => ({
  id: '7d3f1c2a-4b5e-4c6d-8e9f-0a1b2c3d4e5f',
  threadKey: 'hacker-news:101',
  due: '2024-05-03T09:00:00.000Z',
  note: 'Check whether they found a grinder.',
  state: 'open',
  createdAt: '2024-05-01T10:05:00.000Z',
  updatedAt: '2024-05-01T10:05:00.000Z',
  demo: false,
  ...over,
});

export const sampleEvent = (over: Partial<EngagementEvent> = {}): EngagementEvent => ({
  id: '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b',
  time: '2024-05-01T10:10:00.000Z',
  type: 'replied',
  threadKey: 'hacker-news:101',
  site: 'hacker-news',
  community: 'Ask HN',
  url: 'https://news.ycombinator.com/item?id=101',
  title: 'Ask HN: best coffee grinder?',
  personKey: 'hacker-news:pg',
  namedBrand: true,
  disclosed: true,
  note: 'Mentioned the burr size.',
  demo: false,
  ...over,
});

export const sampleSetting = (over: Partial<SettingRecord> = {}): SettingRecord => ({
  key: 'ui',
  value: { theme: 'dark', columns: ['time', 'type'] },
  updatedAt: '2024-05-01T10:00:00.000Z',
  ...over,
});

export const sampleReply = (over: Partial<ReplyRecord> = {}): ReplyRecord => ({
  id: '5b6c7d8e-9f01-4a2b-8c3d-4e5f6a7b8c9d',
  direction: 'sent',
  time: '2024-05-01T10:10:00.000Z',
  site: 'hacker-news',
  threadKey: 'hacker-news:101',
  personKey: 'hacker-news:pg',
  url: 'https://news.ycombinator.com/item?id=102',
  text: 'I work at Brightbrew: a flat burr grinder keeps the grind even.',
  namedBrand: true,
  disclosed: true,
  demo: false,
  ...over,
});

export const sampleGoal = (over: Partial<GoalRecord> = {}): GoalRecord => ({
  id: '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d',
  metric: 'replied',
  target: 20,
  period: 'week',
  site: 'reddit',
  createdAt: '2024-05-01T09:00:00.000Z',
  updatedAt: '2024-05-01T09:00:00.000Z',
  archived: false,
  demo: false,
  ...over,
});
