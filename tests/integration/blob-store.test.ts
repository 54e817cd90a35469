import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOB_CHUNK_BYTES, blobInfo, readBlob, readBlobRange, writeBlob } from '../../electron/services/db/blob-store';
import { createMatterDb, type Db } from '../../electron/services/db/open';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
let db: Db;

beforeEach(() => {
  db = createMatterDb(join(tempDir(), 'blobs.claimchart'));
});
afterEach(() => db.close());

describe('blob store', () => {
  const bytes = randomBytes(3 * BLOB_CHUNK_BYTES + 1);

  it('stores a file in chunks once, and reads it back whole', () => {
    writeBlob(db, sha(bytes), 'application/pdf', bytes);
    writeBlob(db, sha(bytes), 'application/pdf', bytes);
    expect(blobInfo(db, sha(bytes))).toEqual({ mediaType: 'application/pdf', size: bytes.length });
    expect(db.prepare('SELECT count(*) FROM blob_chunks').pluck().get()).toBe(4);
    expect(readBlob(db, sha(bytes))!.equals(bytes)).toBe(true);
    expect(readBlob(db, 'f'.repeat(64))).toBeUndefined();
  });

  it('reads any byte range from the chunks it covers', () => {
    writeBlob(db, sha(bytes), 'application/pdf', bytes);
    const edges = [0, 1, BLOB_CHUNK_BYTES - 1, BLOB_CHUNK_BYTES, BLOB_CHUNK_BYTES + 1, 2 * BLOB_CHUNK_BYTES + 7, bytes.length - 1, bytes.length];
    for (const start of edges) {
      for (const end of edges.filter((e) => e >= start)) {
        expect(readBlobRange(db, sha(bytes), start, end).equals(bytes.subarray(start, end))).toBe(true);
      }
    }
  });

  it('says the matter is damaged when a chunk is missing, and deletes chunks with their blob', () => {
    writeBlob(db, sha(bytes), 'application/pdf', bytes);
    db.prepare('DELETE FROM blob_chunks WHERE seq = 2').run();
    expect(readBlobRange(db, sha(bytes), 0, BLOB_CHUNK_BYTES).length).toBe(BLOB_CHUNK_BYTES);
    expect(() => readBlob(db, sha(bytes))).toThrow(/missing part of the stored file/);
    db.prepare('DELETE FROM blobs').run();
    expect(db.prepare('SELECT count(*) FROM blob_chunks').pluck().get()).toBe(0);
  });
});
