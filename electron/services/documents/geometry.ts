/**
 * Where text sits on a stored page, read from the PDF itself (PDFium in a worker): rectangles of spans of
 * the page's stored text, and the text inside a region. For search-hit highlights and for excerpts made
 * without the viewer (the CLI).
 */
import type { Rect, TextSpan } from '../../../shared/domain/document';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { ExtractorPool } from './extractor';
import type { GeometryResult } from './extract-protocol';
import { assertWorkerBuilt, type DocumentOptions } from './options';
import { ImportRefused } from './refusal';
import { readDocumentBytes } from './repository';

const GEOMETRY_TIMEOUT_MS = 30_000;

export interface GeometryQuery {
  readonly documentId: number;
  readonly page: number;
  readonly spans: readonly TextSpan[];
  readonly region: Rect | null;
}

/**
 * `undefined` when the PDF cannot be reopened without its password (ClaimChart keeps the file as imported,
 * encrypted, and never stores the password).
 */
export async function readPageGeometry(db: Db, options: DocumentOptions, query: GeometryQuery): Promise<GeometryResult | undefined> {
  assertWorkerBuilt(options);
  const { sha256, bytes } = readDocumentBytes(db, query.documentId);
  const pool = new ExtractorPool(options.workerPath, 1);
  try {
    return await pool.geometry(
      { docKey: sha256, bytes, password: '' },
      { pageIndex: query.page - 1, spans: query.spans, region: query.region },
      GEOMETRY_TIMEOUT_MS,
    );
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    if (error.code === 'password-required') return undefined;
    throw new AppError('unsupported-file', error.message);
  } finally {
    await pool.close();
  }
}
