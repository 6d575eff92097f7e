// A small, dependency-free ZIP writer for packaging the built extension for the stores.
// Deterministic: entries sorted by path, one fixed timestamp, fixed permissions, so the same
// dist folder always gives the same bytes. No ZIP64 (a browser extension is far below 4 GiB).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = 0x0800; // general purpose flag bit 11: names are UTF-8
const VERSION_NEEDED = 20; // 2.0: deflate
const VERSION_MADE_BY = (3 << 8) | 20; // Unix, so unzip applies the permissions below
const FILE_MODE = 0o100644; // regular file, rw-r--r--
// MS-DOS time and date of 1980-01-01 00:00:00, the earliest a ZIP can say.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as ZIP and gzip use it) of `data`. */
export function crc32(data) {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Paths of every regular file under `dir`, relative, with forward slashes, sorted. */
async function listFiles(dir, prefix = '') {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Build a ZIP archive in memory from `{ name, data }` entries (names use forward slashes).
 * @param {{ name: string, data: Uint8Array }[]} entries
 * @returns {Buffer}
 */
export function createZip(entries) {
  if (entries.length > 0xffff) throw new Error('Too many files for a ZIP without ZIP64.');
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const deflated = deflateRawSync(data, { level: 9 });
    // Keep whichever is smaller: tiny or already-compressed files (PNGs) are often better stored.
    const method = deflated.length < data.length ? DEFLATED : STORED;
    const body = method === DEFLATED ? deflated : Buffer.from(data);
    if (offset + 30 + nameBytes.length + body.length > 0xffffffff) {
      throw new Error('Archive too large for a ZIP without ZIP64.');
    }

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    chunks.push(local, nameBytes, body);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(VERSION_NEEDED, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt16LE(0, 30); // extra field length
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34); // disk number
    header.writeUInt16LE(0, 36); // internal attributes
    header.writeUInt32LE(FILE_MODE * 0x10000, 38); // external attributes: Unix mode in the high half
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }

  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...chunks, ...central, end]);
}

/**
 * Zip every file under `dir` (paths relative to it, so `dir/manifest.json` is at the root)
 * into `outFile`. Resolves to the number of files and the archive's size in bytes.
 * @param {string} dir
 * @param {string} outFile
 * @returns {Promise<{ files: number, bytes: number }>}
 */
export async function zipDirectory(dir, outFile) {
  const names = await listFiles(dir);
  const entries = [];
  for (const name of names) entries.push({ name, data: await readFile(join(dir, ...name.split('/'))) });
  const archive = createZip(entries);
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, archive);
  return { files: entries.length, bytes: archive.length };
}
