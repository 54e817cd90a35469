/**
 * Just enough ZIP (a .docx is one) to read a template's styles and to rewrite a packed document's media:
 * entries read from the central directory with their data as stored, and written back stored or as they
 * were. No ZIP64: a chart's parts and figures are far below 4 GiB.
 */
import { crc32, inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Flag bit 11: the name is UTF-8. */
const UTF8_NAMES = 0x0800;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The entry's data as stored in the archive (deflated when `method` is 8). */
  readonly data: Buffer;
}

export class NotAZip extends Error {}

export function readZip(zip: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new NotAZip('damaged central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const localHeader = zip.readUInt32LE(at + 42);
    const compressedSize = zip.readUInt32LE(at + 20);
    if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== LOCAL_HEADER) throw new NotAZip('damaged entry');
    const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      size: zip.readUInt32LE(at + 24),
      data: zip.subarray(start, start + compressedSize),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's bytes, inflated when they were deflated; refuses more than `maxBytes`. */
export function entryBytes(entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.size > maxBytes) throw new NotAZip('entry too large');
  if (entry.method === STORED) return entry.data;
  if (entry.method !== DEFLATED) throw new NotAZip('unsupported compression');
  try {
    return inflateRawSync(entry.data, { maxOutputLength: maxBytes });
  } catch {
    throw new NotAZip('damaged entry data');
  }
}

/** An entry that keeps `bytes` as they are: for data that is compressed already (PNG). */
export function storedEntry(name: string, bytes: Uint8Array): ZipEntry {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { name, method: STORED, crc: crc32(data), size: data.length, data };
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(0, 10); // time and date: 1980-01-01 00:00, so the same chart gives the same bytes
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(20, 4);
    local.copy(central, 6, 4, 30); // version needed … name length: the same fields in the same order
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new NotAZip('no end of central directory');
}
