/**
 * Content-addressed binary storage inside the matter file: `blobs` holds a blob's SHA-256, media type and
 * size, `blob_chunks` its bytes in chunks of BLOB_CHUNK_BYTES. SQLite reads a column value whole, so a PDF
 * kept in one value made every byte-range request of the viewer read the whole file (0.3–0.9 s for
 * 200 MB); in chunks, a range reads only the chunks it covers.
 */
import { AppError } from '../../../shared/errors';
import type { Db } from './open';
import { stmt } from './statements';

/** The viewer's range size (viewer/pdfjs.ts), so an aligned range request reads one chunk. */
export const BLOB_CHUNK_BYTES = 256 * 1024;

export interface BlobInfo {
  readonly mediaType: string;
  readonly size: number;
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Stores `bytes` under `sha256` unless the matter has them already (same content, same hash). */
export function writeBlob(db: Db, sha256: string, mediaType: string, bytes: Uint8Array): void {
  const inserted = stmt(db, 'INSERT OR IGNORE INTO blobs (sha256, media_type, size) VALUES (?, ?, ?)').run(sha256, mediaType, bytes.length);
  if (inserted.changes === 0) return;
  writeChunks(db, sha256, bytes);
}

/** The chunk rows of one blob (also the v2 migration's way of moving a v1 blob). */
export function writeChunks(db: Db, sha256: string, bytes: Uint8Array): void {
  const insert = stmt(db, 'INSERT INTO blob_chunks (sha256, seq, bytes) VALUES (?, ?, ?)');
  const buffer = asBuffer(bytes);
  for (let seq = 0; seq * BLOB_CHUNK_BYTES < buffer.length; seq++) {
    insert.run(sha256, seq, buffer.subarray(seq * BLOB_CHUNK_BYTES, (seq + 1) * BLOB_CHUNK_BYTES));
  }
}

export function blobInfo(db: Db, sha256: string): BlobInfo | undefined {
  return stmt(db, 'SELECT media_type AS mediaType, size FROM blobs WHERE sha256 = ?').get(sha256) as BlobInfo | undefined;
}

/** Bytes [start, end) of a blob; the caller keeps the range inside the blob's size. */
export function readBlobRange(db: Db, sha256: string, start: number, end: number): Buffer {
  if (end <= start) return Buffer.alloc(0);
  const first = Math.floor(start / BLOB_CHUNK_BYTES);
  const last = Math.floor((end - 1) / BLOB_CHUNK_BYTES);
  const chunks = stmt(db, 'SELECT bytes FROM blob_chunks WHERE sha256 = ? AND seq BETWEEN ? AND ? ORDER BY seq')
    .pluck()
    .all(sha256, first, last) as Buffer[];
  if (chunks.length !== last - first + 1) {
    throw new AppError('matter-damaged', `The matter file is missing part of the stored file ${sha256.slice(0, 12)}….`);
  }
  const joined = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const offset = first * BLOB_CHUNK_BYTES;
  return joined.subarray(start - offset, end - offset);
}

export function readBlob(db: Db, sha256: string): Buffer | undefined {
  const info = blobInfo(db, sha256);
  return info && readBlobRange(db, sha256, 0, info.size);
}
