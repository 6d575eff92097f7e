import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface ZipModule {
  zipDirectory(dir: string, outFile: string): Promise<{ files: number; bytes: number }>;
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  data: Buffer;
}

// The writer is a plain .mjs build script without type declarations: load it by URL.
const zipModuleUrl = pathToFileURL(join(import.meta.dirname, '../../scripts/zip.mjs')).href;

/** CRC-32 computed independently of the writer (bitwise, no table). */
function referenceCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Read an archive back the way unzip does: end record -> central directory -> local headers. */
function readZip(archive: Buffer): Entry[] {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(endAt).toBe(archive.length - 22);
  const count = archive.readUInt16LE(endAt + 10);
  const centralSize = archive.readUInt32LE(endAt + 12);
  const centralAt = archive.readUInt32LE(endAt + 16);
  expect(centralAt + centralSize).toBe(endAt);

  const entries: Entry[] = [];
  let at = centralAt;
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const compressedSize = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;

    // The local header must agree with the central directory.
    expect(archive.readUInt32LE(localAt)).toBe(0x04034b50);
    expect(archive.readUInt16LE(localAt + 8)).toBe(method);
    expect(archive.readUInt32LE(localAt + 14)).toBe(crc);
    expect(archive.readUInt32LE(localAt + 18)).toBe(compressedSize);
    expect(archive.readUInt32LE(localAt + 22)).toBe(size);
    const localNameLength = archive.readUInt16LE(localAt + 26);
    const localExtraLength = archive.readUInt16LE(localAt + 28);
    expect(archive.subarray(localAt + 30, localAt + 30 + localNameLength).toString('utf8')).toBe(name);
    const bodyAt = localAt + 30 + localNameLength + localExtraLength;
    const body = archive.subarray(bodyAt, bodyAt + compressedSize);

    expect([0, 8]).toContain(method);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(data.length).toBe(size);
    entries.push({ name, flags, method, crc, data });
  }
  expect(at).toBe(endAt);
  return entries;
}

describe('zipDirectory', () => {
  let work: string;
  const files: Record<string, string | Buffer> = {
    'manifest.json': JSON.stringify({ manifest_version: 3, name: 'Rapport', version: '0.1.0' }, null, 2),
    'src/popup/index.html': '<!doctype html><title>Rapport</title>\n'.repeat(40),
    '_locales/fr/messages.json': '{"greeting":{"message":"Écoutez d’abord, répondez en personne ☕ 👋"}}',
    'icons/noise.bin': Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7919) % 256)),
  };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rapport-zip-'));
    for (const [name, content] of Object.entries(files)) {
      const path = join(work, 'in', ...name.split('/'));
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
    }
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes an archive that reads back to the same files', async () => {
    const { zipDirectory } = (await import(zipModuleUrl)) as ZipModule;
    const out = join(work, 'out', 'test.zip');
    const result = await zipDirectory(join(work, 'in'), out);
    const archive = readFileSync(out);
    expect(result).toEqual({ files: 4, bytes: archive.length });

    const entries = readZip(archive);
    // Sorted, relative, forward slashes, no directory entries: manifest.json sits at the root.
    expect(entries.map((e) => e.name)).toEqual([
      '_locales/fr/messages.json',
      'icons/noise.bin',
      'manifest.json',
      'src/popup/index.html',
    ]);
    for (const entry of entries) {
      const expected = Buffer.from(files[entry.name]!);
      expect(entry.data.equals(expected), entry.name).toBe(true);
      expect(entry.crc, entry.name).toBe(referenceCrc32(expected));
      expect(entry.flags & 0x0800, `${entry.name} flags UTF-8 names`).toBe(0x0800);
    }
    // Repetitive text is deflated.
    expect(entries.find((e) => e.name === 'src/popup/index.html')?.method).toBe(8);
  });

  it('is deterministic: the same folder gives the same bytes', async () => {
    const { zipDirectory } = (await import(zipModuleUrl)) as ZipModule;
    await zipDirectory(join(work, 'in'), join(work, 'a.zip'));
    utimesSync(join(work, 'in', 'manifest.json'), new Date(2030, 0, 1), new Date(2030, 0, 1)); // mtime must not matter
    await zipDirectory(join(work, 'in'), join(work, 'b.zip'));
    expect(readFileSync(join(work, 'a.zip')).equals(readFileSync(join(work, 'b.zip')))).toBe(true);
  });

  it('passes `unzip -t` when unzip is installed', async (context) => {
    const probe = spawnSync('unzip', ['-v'], { stdio: 'ignore' });
    if (probe.error || probe.status !== 0) {
      context.skip();
      return;
    }
    const { zipDirectory } = (await import(zipModuleUrl)) as ZipModule;
    const out = join(work, 'unzip-check.zip');
    await zipDirectory(join(work, 'in'), out);
    const check = spawnSync('unzip', ['-t', out], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No errors detected');
  });
});
