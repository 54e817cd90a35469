/**
 * Documents, their pages and the full-text index, in the matter file. pages_fts is an external-content
 * FTS5 table without triggers: every write to `pages` writes the index in the same transaction, here.
 */
import type { DocumentDetail, DocumentMetadataUpdate, PageInfo } from '../../../shared/domain/document';
import type { DocumentSummary } from '../../../shared/domain/matter';
import { batesNumber, type CitableDocument } from '../../../shared/citation/cite';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { hasSearchableText } from './page-text';
import { readBlob, writeBlob } from '../db/blob-store';

type DocumentType = DocumentSummary['docType'];

export interface NewPage {
  readonly label: string | null;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

export interface NewDocument {
  readonly sha256: string;
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly title: string;
  readonly shortName: string;
  readonly docType: DocumentType;
  readonly productIds: readonly number[];
  readonly batesPrefix: string | null;
  readonly batesStart: number | null;
  readonly confidentiality: string | null;
  readonly sourceUrl: string | null;
  readonly accessedOn: string | null;
  readonly pages: readonly NewPage[];
}

export function findDocumentIdBySha(db: Db, sha256: string): number | undefined {
  const row = stmt(db, 'SELECT id FROM documents WHERE blob_sha256 = ?').get(sha256) as { id: number } | undefined;
  return row?.id;
}

/** Refuses product ids the matter does not have, naming them. */
export function assertProductsExist(db: Db, productIds: readonly number[]): void {
  const missing = productIds.filter((id) => !stmt(db, 'SELECT 1 FROM products WHERE id = ?').get(id));
  if (missing.length > 0) throw new AppError('not-found', `This matter has no product with id ${missing.join(', ')}.`);
}

/** Stores a whole document: its bytes (once per SHA-256), its row, its products, its pages and their index. */
export function insertDocument(db: Db, document: NewDocument): number {
  writeBlob(db, document.sha256, 'application/pdf', document.bytes);
  const hasText = document.pages.some((page) => hasSearchableText(page.text));
  const documentId = Number(
    stmt(
      db,
      `INSERT INTO documents (blob_sha256, file_name, title, short_name, doc_type, bates_prefix, bates_start,
                              confidentiality, source_url, accessed_on, page_count, has_text, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      document.sha256,
      document.fileName,
      document.title,
      document.shortName,
      document.docType,
      document.batesPrefix,
      document.batesStart,
      document.confidentiality,
      document.sourceUrl,
      document.accessedOn,
      document.pages.length,
      hasText ? 1 : 0,
      nowIso(),
    ).lastInsertRowid,
  );
  setDocumentProducts(db, documentId, document.productIds);
  const insertPage = stmt(
    db,
    'INSERT INTO pages (document_id, page_number, label, width, height, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const indexPage = stmt(db, 'INSERT INTO pages_fts (rowid, text) VALUES (?, ?)');
  document.pages.forEach((page, i) => {
    const pageId = insertPage.run(documentId, i + 1, page.label, page.width, page.height, page.text).lastInsertRowid;
    indexPage.run(pageId, page.text);
  });
  return documentId;
}

function setDocumentProducts(db: Db, documentId: number, productIds: readonly number[]): void {
  assertProductsExist(db, productIds);
  stmt(db, 'DELETE FROM document_products WHERE document_id = ?').run(documentId);
  const insert = stmt(db, 'INSERT OR IGNORE INTO document_products (document_id, product_id) VALUES (?, ?)');
  for (const productId of productIds) insert.run(documentId, productId);
}

interface DocumentRow {
  id: number;
  blob_sha256: string;
  file_name: string;
  title: string;
  short_name: string;
  doc_type: DocumentType;
  bates_prefix: string | null;
  bates_start: number | null;
  confidentiality: string | null;
  source_url: string | null;
  accessed_on: string | null;
  page_count: number;
  has_text: number;
  imported_at: string;
  size: number;
}

function readDocumentRow(db: Db, id: number): DocumentRow {
  const row = stmt(
    db,
    'SELECT d.*, b.size FROM documents d JOIN blobs b ON b.sha256 = d.blob_sha256 WHERE d.id = ?',
  ).get(id) as DocumentRow | undefined;
  if (!row) throw new AppError('not-found', `This matter has no document with id ${id}.`);
  return row;
}

/** What a citation needs: short name, title, Bates prefix and start. */
export function readCitableDocument(db: Db, id: number): CitableDocument {
  const row = readDocumentRow(db, id);
  return { shortName: row.short_name, title: row.title, batesPrefix: row.bates_prefix, batesStart: row.bates_start };
}

export function readDocumentDetail(db: Db, id: number, batesWidth: number): DocumentDetail {
  const row = readDocumentRow(db, id);
  const productIds = (
    stmt(db, 'SELECT product_id FROM document_products WHERE document_id = ? ORDER BY product_id').all(id) as {
      product_id: number;
    }[]
  ).map((r) => r.product_id);
  const { n: excerptCount } = stmt(
    db,
    'SELECT count(*) AS n FROM excerpts WHERE document_id = ? AND deleted_at IS NULL',
  ).get(id) as { n: number };
  const citable = { shortName: row.short_name, title: row.title, batesPrefix: row.bates_prefix, batesStart: row.bates_start };
  const first = batesNumber(citable, 1, batesWidth);
  const last = batesNumber(citable, row.page_count, batesWidth);
  return {
    id: row.id,
    title: row.title,
    shortName: row.short_name,
    docType: row.doc_type,
    fileName: row.file_name,
    sha256: row.blob_sha256,
    byteSize: row.size,
    pageCount: row.page_count,
    hasText: row.has_text === 1,
    batesPrefix: row.bates_prefix,
    batesStart: row.bates_start,
    batesRange: first && last ? (first === last ? first : `${first}–${last}`) : null,
    confidentiality: row.confidentiality,
    sourceUrl: row.source_url,
    accessedOn: row.accessed_on,
    importedAt: row.imported_at,
    productIds,
    excerptCount,
  };
}

/** Column for each editable field; only the fields present in the update are written. */
const updatableColumns = {
  title: 'title',
  shortName: 'short_name',
  docType: 'doc_type',
  batesPrefix: 'bates_prefix',
  batesStart: 'bates_start',
  confidentiality: 'confidentiality',
  sourceUrl: 'source_url',
  accessedOn: 'accessed_on',
} as const satisfies Partial<Record<keyof DocumentMetadataUpdate, string>>;

export function updateDocument(db: Db, update: DocumentMetadataUpdate): void {
  readDocumentRow(db, update.id);
  for (const [field, column] of Object.entries(updatableColumns) as [keyof typeof updatableColumns, string][]) {
    const value = update[field];
    // Column names come from the fixed map above, never from input.
    if (value !== undefined) stmt(db, `UPDATE documents SET ${column} = ? WHERE id = ?`).run(value, update.id);
  }
  if (update.productIds) setDocumentProducts(db, update.id, update.productIds);
}

/**
 * Deletes a document with its pages and their index entries, and its bytes unless something else uses them.
 * Refused while excerpts or charts point at it; excerpts deleted earlier (kept for undo) go with it.
 */
export function deleteDocument(db: Db, id: number): void {
  const document = readDocumentRow(db, id);
  const { live, cited } = stmt(
    db,
    `SELECT count(*) FILTER (WHERE e.deleted_at IS NULL) AS live,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM cell_citations c WHERE c.excerpt_id = e.id)) AS cited
       FROM excerpts e WHERE e.document_id = ?`,
  ).get(id) as { live: number; cited: number };
  if (live > 0) {
    throw new AppError(
      'conflict',
      `"${document.title}" has ${live} excerpt${live === 1 ? '' : 's'}; delete ${live === 1 ? 'it' : 'them'} before deleting the document.`,
    );
  }
  if (cited > 0) throw new AppError('conflict', `"${document.title}" is still cited in a chart; remove those citations first.`);
  const { charts } = stmt(db, 'SELECT count(*) AS charts FROM chart_references WHERE document_id = ?').get(id) as { charts: number };
  if (charts > 0) throw new AppError('conflict', `"${document.title}" is a reference in ${charts} invalidity chart${charts === 1 ? '' : 's'}; remove it there first.`);

  const pages = stmt(db, 'SELECT id, text FROM pages WHERE document_id = ?').all(id) as { id: number; text: string }[];
  const unindex = stmt(db, "INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', ?, ?)");
  for (const page of pages) unindex.run(page.id, page.text);
  const images = stmt(db, 'SELECT DISTINCT image_sha256 AS sha FROM excerpts WHERE document_id = ? AND image_sha256 IS NOT NULL').all(id) as { sha: string }[];
  stmt(db, 'DELETE FROM excerpts WHERE document_id = ?').run(id);
  stmt(db, 'DELETE FROM pages WHERE document_id = ?').run(id);
  stmt(db, 'DELETE FROM documents WHERE id = ?').run(id);
  for (const sha of [document.blob_sha256, ...images.map((i) => i.sha)]) deleteBlobIfUnused(db, sha);
}

export function deleteBlobIfUnused(db: Db, sha256: string): void {
  stmt(
    db,
    `DELETE FROM blobs WHERE sha256 = ?
        AND NOT EXISTS (SELECT 1 FROM documents WHERE blob_sha256 = ?)
        AND NOT EXISTS (SELECT 1 FROM excerpts WHERE image_sha256 = ?)`,
  ).run(sha256, sha256, sha256);
}

export function listPages(db: Db, documentId: number): PageInfo[] {
  readDocumentRow(db, documentId);
  const rows = stmt(
    db,
    'SELECT page_number, label, width, height, text FROM pages WHERE document_id = ? ORDER BY page_number',
  ).all(documentId) as { page_number: number; label: string | null; width: number; height: number; text: string }[];
  return rows.map((r) => ({ page: r.page_number, label: r.label, width: r.width, height: r.height, hasText: hasSearchableText(r.text) }));
}

export interface StoredPage {
  readonly id: number;
  readonly number: number;
  readonly label: string | null;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

export function readPage(db: Db, documentId: number, pageNumber: number): StoredPage {
  const row = stmt(
    db,
    'SELECT id, page_number AS number, label, width, height, text FROM pages WHERE document_id = ? AND page_number = ?',
  ).get(documentId, pageNumber) as StoredPage | undefined;
  if (row) return row;
  const { page_count: count } = readDocumentRow(db, documentId);
  throw new AppError('not-found', `The document has ${count} page${count === 1 ? '' : 's'}; there is no page ${pageNumber}.`);
}

export function readDocumentBytes(db: Db, documentId: number): { sha256: string; bytes: Uint8Array } {
  const sha256 = stmt(db, 'SELECT blob_sha256 FROM documents WHERE id = ?').pluck().get(documentId) as string | undefined;
  const bytes = sha256 === undefined ? undefined : readBlob(db, sha256);
  if (!sha256 || !bytes) throw new AppError('not-found', `This matter has no document with id ${documentId}.`);
  return { sha256, bytes };
}
