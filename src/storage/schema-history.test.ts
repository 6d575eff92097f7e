import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { DB_VERSIONS, openDatabase } from './db';

// A convention test: adding a version to DB_VERSIONS fails here until it has its own test.
describe('schema history', () => {
  it('numbers versions 1, 2, 3... with no gaps', () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual(DB_VERSIONS.map((_, i) => i + 1));
  });

  it('opens at the newest version', async () => {
    const db = await openDatabase({ indexedDB, IDBKeyRange, name: `rapport-test-${crypto.randomUUID()}` });
    expect(db.isOpen()).toBe(true);
    expect(db.verno).toBe(DB_VERSIONS.length);
    db.close();
  });

  it.each(DB_VERSIONS.map((v) => v.version))('has a migration test for v%i', (version) => {
    expect(existsSync(new URL(`./db.v${version}.test.ts`, import.meta.url))).toBe(true);
  });

  it('says why each version exists', () => {
    for (const v of DB_VERSIONS) expect(v.why.length).toBeGreaterThan(10);
  });
});
