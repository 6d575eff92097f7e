import type { z } from 'zod';
import {
  EngagementEventSchema,
  GoalRecordSchema,
  PersonRecordSchema,
  ReminderRecordSchema,
  ReplyRecordSchema,
  SettingRecordSchema,
  ThreadRecordSchema,
} from './schemas';

export interface TableInfo {
  name: 'settings' | 'threads' | 'people' | 'reminders' | 'goals' | 'replies' | 'events';
  /** The primary key's field: a stable id that is the same in every copy of the record. */
  key: 'key' | 'id';
  schema: z.ZodType;
  /**
   * Records that change carry `updatedAt`, and an import replaces a stored copy only with a newer
   * one; the others (the log, replies) never change once written, so an import only adds them.
   */
  mutable: boolean;
}

/** The tables a backup holds, in the order they are written and restored. */
export const BACKUP_TABLES: readonly TableInfo[] = [
  { name: 'settings', key: 'key', schema: SettingRecordSchema, mutable: true },
  { name: 'threads', key: 'key', schema: ThreadRecordSchema, mutable: true },
  { name: 'people', key: 'key', schema: PersonRecordSchema, mutable: true },
  { name: 'reminders', key: 'id', schema: ReminderRecordSchema, mutable: true },
  { name: 'goals', key: 'id', schema: GoalRecordSchema, mutable: true },
  { name: 'replies', key: 'id', schema: ReplyRecordSchema, mutable: false },
  { name: 'events', key: 'id', schema: EngagementEventSchema, mutable: false },
];

export type TableName = TableInfo['name'];
export type Counts = Record<TableName, number>;
export const zeroCounts = (): Counts => ({ settings: 0, threads: 0, people: 0, reminders: 0, goals: 0, replies: 0, events: 0 });
