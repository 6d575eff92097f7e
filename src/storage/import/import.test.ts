import { describe, expect, it, vi } from 'vitest';
import { createBackup } from '../export/backup';
import { recordEvent } from '../events';
import type { RapportDB } from '../db';
import type { ReminderRecord, ThreadRecord } from '../schemas';
import { BACKUP_TABLES } from '../tables';
import { sampleEvent, sampleGoal, samplePerson, sampleReminder, sampleReply, sampleSetting, sampleThread, testDb } from '../testing';
import { ImportError, importBackup } from './import';

async function seeded(): Promise<RapportDB> {
  const db = testDb();
  await db.threads.add(sampleThread());
  await db.people.add(samplePerson());
  await db.reminders.add(sampleReminder());
  await db.replies.add(sampleReply());
  await db.goals.add(sampleGoal());
  await db.settings.add(sampleSetting());
  await db.events.add(sampleEvent());
  for (let i = 0; i < 6; i++) {
    await recordEvent(db, { type: 'opened', site: 'reddit', community: 'r/coffee', title: `Post ${i} — café`, namedBrand: null, time: `2024-05-0${i + 2}T08:00:00Z` });
  }
  return db;
}

async function dump(db: RapportDB) {
  return Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t.name, await db.table(t.name).orderBy(':id').toArray()] as const)));
}

const backupText = async (db: RapportDB) => (await createBackup(db, { pageSize: 3 })).parts.join('');

describe('backup and restore', () => {
  it('restores every record deep-equal into an empty database, with an intact chain', async () => {
    const source = await seeded();
    const progress: number[] = [];
    const { parts, counts, head } = await createBackup(source, { pageSize: 3, onProgress: (p) => progress.push(p.done) });
    const text = parts.join('');
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({ format: 'rapport-backup', version: 2, counts, chain: { algorithm: 'SHA-256', head } });
    expect(counts).toEqual({ settings: 1, threads: 1, people: 1, reminders: 1, goals: 1, replies: 1, events: 7 });
    expect(progress.at(-1)).toBe(13);

    const target = testDb();
    const report = await importBackup(target, text, { batchSize: 4 });
    expect(report.added).toEqual(counts);
    expect(report.chain).toEqual({ status: 'intact', count: 7, head });
    expect(report.problems).toEqual([]);
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('changes nothing when the same file is imported twice', async () => {
    const text = await backupText(await seeded());
    const target = testDb();
    await importBackup(target, text);
    const before = await dump(target);
    const again = await importBackup(target, text);
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(Object.values(again.updated).every((n) => n === 0)).toBe(true);
    expect(again.skipped.events).toBe(7);
    expect(await dump(target)).toEqual(before);
  });

  it('replaces a stored record only with a newer copy, by its own updatedAt', async () => {
    const source = testDb();
    await source.people.add(samplePerson({ notes: 'from the file', updatedAt: '2024-06-01T00:00:00.000Z' }));
    await source.threads.add(sampleThread({ status: 'done', updatedAt: '2024-04-01T00:00:00.000Z' }));
    const text = await backupText(source);

    const target = testDb();
    await target.people.add(samplePerson({ notes: 'mine, older' }));
    await target.threads.add(sampleThread({ status: 'saved', updatedAt: '2024-05-05T00:00:00.000Z' }));
    const report = await importBackup(target, text);
    expect(report.updated).toMatchObject({ people: 1, threads: 0 });
    expect(report.skipped).toMatchObject({ threads: 1 });
    expect((await target.people.get(samplePerson().key))?.notes).toBe('from the file');
    expect((await target.threads.get(sampleThread().key))?.status).toBe('saved');
  });

  it('keeps the valid records and reports each invalid one with its position and reason', async () => {
    const envelope = JSON.parse(await backupText(await seeded()));
    envelope.data.events[2].type = 'shouted';
    envelope.data.events[4] = 'not a record';
    envelope.data.people[0].key = 'reddit:someone_else';
    envelope.data.gossip = [];
    const target = testDb();
    const report = await importBackup(target, JSON.stringify(envelope), { batchSize: 2 });
    expect(report.invalid).toMatchObject({ events: 2, people: 1 });
    expect(report.added).toMatchObject({ events: 5, people: 0, threads: 1 });
    expect(report.problems).toEqual([
      { table: 'gossip', position: 0, reason: 'unknown table "gossip", ignored' },
      { table: 'people', position: 1, id: 'reddit:someone_else', reason: 'key: key must be reddit:coffee_fan (site:id)' },
      { table: 'events', position: 3, id: envelope.data.events[2].id, reason: expect.stringContaining('type: Invalid option') },
      { table: 'events', position: 5, reason: 'record: Invalid input: expected object, received string' },
    ]);
    expect(await target.events.count()).toBe(5);
  });

  it('reads its own one-record-a-line layout a batch at a time, and reports a damaged line by position', async () => {
    const source = await seeded();
    const lines = (await backupText(source)).split('\n');
    const third = lines.findIndex((line) => line.includes('"Post 1 — café"'));
    lines[third] = lines[third]!.slice(0, 40);
    const target = testDb();
    const report = await importBackup(target, lines.join('\n'), { batchSize: 2 });
    expect(report.problems).toEqual([{ table: 'events', position: 3, reason: 'not valid JSON' }]);
    expect(report.added.events).toBe(6);
    expect(report.chain).toMatchObject({ status: 'broken', breaks: [{ position: 3 }] });
  });

  it('imports the same backup pretty-printed (or edited by hand) by parsing it whole', async () => {
    const source = await seeded();
    const pretty = JSON.stringify(JSON.parse(await backupText(source)), null, 2);
    const target = testDb();
    const report = await importBackup(target, pretty);
    expect(report.chain.status).toBe('intact');
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('says where the chain breaks when an event was edited or removed', async () => {
    const envelope = JSON.parse(await backupText(await seeded()));
    envelope.data.events[3].disclosed = true;
    const edited = await importBackup(testDb(), JSON.stringify(envelope));
    expect(edited.chain).toMatchObject({ status: 'broken', breakCount: 1, breaks: [{ position: 4, id: envelope.data.events[3].id }] });

    envelope.data.events.splice(1, 1);
    const removed = await importBackup(testDb(), JSON.stringify(envelope));
    expect(removed.chain).toMatchObject({ status: 'broken', breaks: [{ position: 2 }, { position: 3 }] });
  });

  it('migrates a version 1 backup', async () => {
    // Release 1's shapes: no updatedAt, and a boolean `done` instead of `state`.
    const v1Thread: Partial<ThreadRecord> = sampleThread();
    delete v1Thread.updatedAt;
    const v1Reminder: Partial<ReminderRecord> = sampleReminder();
    delete v1Reminder.state;
    delete v1Reminder.updatedAt;
    const v1 = {
      format: 'rapport-backup',
      version: 1,
      data: { threads: [v1Thread], reminders: [{ ...v1Reminder, done: true }], events: [sampleEvent()] },
    };
    const target = testDb();
    const report = await importBackup(target, JSON.stringify(v1));
    expect(report).toMatchObject({ version: 1, migratedFrom: 1, chain: { status: 'absent', count: 1 } });
    expect(await target.threads.get(sampleThread().key)).toEqual(sampleThread({ updatedAt: sampleThread().lastSeen }));
    expect(await target.reminders.get(sampleReminder().id)).toEqual(sampleReminder({ state: 'done', updatedAt: sampleReminder().createdAt }));
  });

  it('refuses what is not a backup it can read, saying why', async () => {
    const db = testDb();
    await expect(importBackup(db, '{"format":')).rejects.toThrow('not valid JSON');
    await expect(importBackup(db, '{"format":"other","version":1,"data":{}}')).rejects.toThrow('Not a Rapport backup');
    await expect(importBackup(db, '{"format":"rapport-backup","version":99,"data":{}}')).rejects.toThrow('newer Rapport');
  });

  it('keeps whole batches: a failing batch leaves nothing of itself and stops the import', async () => {
    const text = await backupText(await seeded());
    const target = testDb();
    // Tables are bound to their transaction, so the failure goes on the shared prototype.
    const proto = Object.getPrototypeOf(target.events) as { bulkAdd: (this: { name: string }, records: unknown[]) => Promise<unknown> };
    const real = proto.bulkAdd;
    let calls = 0;
    const spy = vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: { name: string }, records: unknown[]) {
      if (this.name === 'events' && ++calls === 2) return Promise.reject(new Error('QuotaExceededError'));
      return real.call(this, records);
    });
    const error = (await importBackup(target, text, { batchSize: 3 }).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toContain('events #4');
    expect(error.report?.added.events).toBe(3);
    spy.mockRestore();
    expect(await target.events.count()).toBe(3);
  });

  it("merges two teammates' logs into one", async () => {
    const alice = testDb();
    const bob = testDb();
    await recordEvent(alice, { type: 'replied', site: 'reddit', namedBrand: true, disclosed: true });
    await recordEvent(bob, { type: 'replied', site: 'hacker-news', namedBrand: true, disclosed: false });
    const team = testDb();
    await importBackup(team, await backupText(alice));
    await importBackup(team, await backupText(bob));
    expect((await team.events.toArray()).map((e) => e.site).sort()).toEqual(['hacker-news', 'reddit']);
  });
});
