import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openErrorKey } from './open-errors';
import { openDatabase } from './db';

describe('openErrorKey', () => {
  it('names a downgrade: the stored database is newer than this Rapport', async () => {
    const name = `rapport-test-${crypto.randomUUID()}`;
    const newer = new Dexie(name, { indexedDB, IDBKeyRange });
    newer.version(99).stores({ threads: 'key' });
    await newer.open();
    newer.close();
    const error = await openDatabase({ indexedDB, IDBKeyRange, name }).catch((e: unknown) => e);
    expect(openErrorKey(error)).toBe('storageVersion');
  });

  it('names quota and blocked errors, wrapped or not, and anything else as unavailable', () => {
    expect(openErrorKey({ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } })).toBe('storageQuota');
    expect(openErrorKey(new DOMException('full', 'QuotaExceededError'))).toBe('storageQuota');
    expect(openErrorKey({ name: 'OpenFailedError', message: 'Blocked by another connection' })).toBe('storageBlocked');
    expect(openErrorKey(new Error('InvalidStateError'))).toBe('storageUnavailable');
    expect(openErrorKey(undefined)).toBe('storageUnavailable');
    expect(openErrorKey(new DOMException('The requested version (1) is less than the existing version (3).', 'VersionError'))).toBe('storageVersion');
  });
});
