/** Binary content the renderer loads by URL (PDF bytes, region images, export files): never through JSON. */
import { AppError } from '../../shared/errors';
import type { AppContext } from './app-context';
import { blobInfo, readBlobRange } from './db/blob-store';
import { stmt } from './db/statements';
import { readExportFile } from './export/export-files';

/** Read on demand: a byte range of a stored PDF reads only the chunks it covers. */
export interface BinaryContent {
  readonly mediaType: string;
  readonly size: number;
  /** Bytes [start, end). */
  read(start: number, end: number): Uint8Array;
}

export function inMemoryContent(bytes: Uint8Array, mediaType: string): BinaryContent {
  return { mediaType, size: bytes.byteLength, read: (start, end) => bytes.subarray(start, end) };
}

/** `/document/<id>` → the document's PDF; `/image/<sha256>` → a stored image; `/export/<id>` → an export's file. */
export function readBinary(ctx: AppContext, path: string): BinaryContent {
  const { db } = ctx.session.current;
  const stored = (sha256: string | undefined, mediaTypes: RegExp): BinaryContent | undefined => {
    const info = sha256 === undefined ? undefined : blobInfo(db, sha256);
    if (!sha256 || !info || !mediaTypes.test(info.mediaType)) return undefined;
    return { mediaType: info.mediaType, size: info.size, read: (start, end) => readBlobRange(db, sha256, start, end) };
  };
  const documentMatch = /^\/document\/(\d{1,15})$/.exec(path);
  if (documentMatch) {
    const sha256 = stmt(db, 'SELECT blob_sha256 FROM documents WHERE id = ?').pluck().get(Number(documentMatch[1])) as string | undefined;
    const content = stored(sha256, /^application\/pdf$/);
    if (content) return content;
  }
  const imageMatch = /^\/image\/([0-9a-f]{64})$/.exec(path);
  if (imageMatch) {
    const content = stored(imageMatch[1], /^image\//);
    if (content) return content;
  }
  const exportMatch = /^\/export\/(\d{1,15})$/.exec(path);
  if (exportMatch) {
    const file = readExportFile(db, Number(exportMatch[1]));
    return inMemoryContent(file.bytes, file.mediaType);
  }
  throw new AppError('not-found', 'No such content in this matter.');
}
