/** Binary content the renderer loads by URL (PDF bytes, region images): never through JSON. */
import { AppError } from '../../shared/errors';
import type { AppContext } from './app-context';
import { stmt } from './db/statements';
import { readExportFile } from './export/export-files';

export interface BinaryContent {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
}

/** `/document/<id>` → the document's PDF; `/image/<sha256>` → a stored image; `/export/<id>` → an export's file. */
export function readBinary(ctx: AppContext, path: string): BinaryContent {
  const { db } = ctx.session.current;
  const documentMatch = /^\/document\/(\d{1,15})$/.exec(path);
  if (documentMatch) {
    const row = stmt(
      db,
      'SELECT b.bytes, b.media_type FROM documents d JOIN blobs b ON b.sha256 = d.blob_sha256 WHERE d.id = ?',
    ).get(Number(documentMatch[1])) as { bytes: Buffer; media_type: string } | undefined;
    if (row) return { bytes: row.bytes, mediaType: row.media_type };
  }
  const imageMatch = /^\/image\/([0-9a-f]{64})$/.exec(path);
  if (imageMatch) {
    const row = stmt(db, "SELECT bytes, media_type FROM blobs WHERE sha256 = ? AND media_type LIKE 'image/%'").get(
      imageMatch[1],
    ) as { bytes: Buffer; media_type: string } | undefined;
    if (row) return { bytes: row.bytes, mediaType: row.media_type };
  }
  const exportMatch = /^\/export\/(\d{1,15})$/.exec(path);
  if (exportMatch) return readExportFile(db, Number(exportMatch[1]));
  throw new AppError('not-found', 'No such content in this matter.');
}
