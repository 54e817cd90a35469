/** Excerpts in the matter file. Deleting one only marks it (deleted_at), so it can be restored. */
import { z } from 'zod';
import { pinpointCite, type CiteFormat } from '../../../shared/citation/cite';
import { RectSchema, type Excerpt, type Rect } from '../../../shared/domain/document';
import { AppError } from '../../../shared/errors';
import { readJsonColumn } from '../db/json-column';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { writeBlob } from '../db/blob-store';

export interface NewExcerpt {
  readonly documentId: number;
  readonly page: number;
  readonly kind: Excerpt['kind'];
  readonly quote: string;
  readonly rects: readonly Rect[];
  readonly image: { readonly sha256: string; readonly bytes: Buffer } | null;
  readonly note: string | null;
  readonly tags: readonly string[];
  readonly sortKey: string;
}

type ExcerptImage = NonNullable<NewExcerpt['image']>;

/** A region's PNG, stored once by its SHA-256 like every other blob. */
function storeImage(db: Db, image: ExcerptImage): void {
  writeBlob(db, image.sha256, 'image/png', image.bytes);
}

export function insertExcerpt(db: Db, excerpt: NewExcerpt): number {
  if (excerpt.image) storeImage(db, excerpt.image);
  const result = stmt(
    db,
    `INSERT INTO excerpts (document_id, page_number, kind, quote, rects, image_sha256, note, tags, sort_key, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    excerpt.documentId,
    excerpt.page,
    excerpt.kind,
    excerpt.quote,
    JSON.stringify(excerpt.rects),
    excerpt.image?.sha256 ?? null,
    excerpt.note,
    JSON.stringify(excerpt.tags),
    excerpt.sortKey,
    nowIso(),
  );
  return Number(result.lastInsertRowid);
}

export interface ExcerptChanges {
  readonly note?: string | null;
  readonly tags?: readonly string[];
  readonly rects?: readonly Rect[];
  readonly sortKey?: string;
  /** A moved region's new picture and the text now under it. */
  readonly image?: ExcerptImage;
  readonly quote?: string;
}

export function updateExcerpt(db: Db, id: number, changes: ExcerptChanges): void {
  if (changes.note !== undefined) stmt(db, 'UPDATE excerpts SET note = ? WHERE id = ?').run(changes.note, id);
  if (changes.tags !== undefined) stmt(db, 'UPDATE excerpts SET tags = ? WHERE id = ?').run(JSON.stringify(changes.tags), id);
  if (changes.rects !== undefined) stmt(db, 'UPDATE excerpts SET rects = ? WHERE id = ?').run(JSON.stringify(changes.rects), id);
  if (changes.sortKey !== undefined) stmt(db, 'UPDATE excerpts SET sort_key = ? WHERE id = ?').run(changes.sortKey, id);
  if (changes.quote !== undefined) stmt(db, 'UPDATE excerpts SET quote = ? WHERE id = ?').run(changes.quote, id);
  if (changes.image !== undefined) {
    storeImage(db, changes.image);
    stmt(db, 'UPDATE excerpts SET image_sha256 = ? WHERE id = ?').run(changes.image.sha256, id);
  }
}

/** Deleting twice keeps the first time; restoring clears it. */
export function setExcerptDeleted(db: Db, id: number, deleted: boolean): void {
  if (deleted) stmt(db, 'UPDATE excerpts SET deleted_at = coalesce(deleted_at, ?) WHERE id = ?').run(nowIso(), id);
  else stmt(db, 'UPDATE excerpts SET deleted_at = NULL WHERE id = ?').run(id);
}

/** Where an excerpt is and what kind it is; not-found when there is no such excerpt. */
export function readExcerptPlacement(db: Db, id: number): { documentId: number; page: number; kind: Excerpt['kind'] } {
  const row = stmt(db, 'SELECT document_id, page_number, kind FROM excerpts WHERE id = ?').get(id) as
    | { document_id: number; page_number: number; kind: Excerpt['kind'] }
    | undefined;
  if (!row) throw new AppError('not-found', `This matter has no excerpt with id ${id}.`);
  return { documentId: row.document_id, page: row.page_number, kind: row.kind };
}

export interface ExcerptFilters {
  readonly documentId?: number;
  readonly productId?: number;
  readonly tag?: string;
  readonly text?: string;
  readonly includeDeleted: boolean;
  readonly limit: number;
}

const SELECT_EXCERPTS = `
  SELECT e.*, d.short_name, d.title, d.bates_prefix, d.bates_start, p.label AS page_label
    FROM excerpts e
    JOIN documents d ON d.id = e.document_id
    LEFT JOIN pages p ON p.document_id = e.document_id AND p.page_number = e.page_number`;

interface ExcerptRow {
  id: number;
  document_id: number;
  page_number: number;
  kind: Excerpt['kind'];
  quote: string;
  rects: string;
  image_sha256: string | null;
  note: string | null;
  tags: string;
  sort_key: string;
  created_at: string;
  deleted_at: string | null;
  short_name: string;
  title: string;
  bates_prefix: string | null;
  bates_start: number | null;
  page_label: string | null;
}

function toExcerpt(row: ExcerptRow, format: CiteFormat): Excerpt {
  const document = { shortName: row.short_name, title: row.title, batesPrefix: row.bates_prefix, batesStart: row.bates_start };
  return {
    id: row.id,
    documentId: row.document_id,
    shortName: row.short_name,
    page: row.page_number,
    pageLabel: row.page_label,
    kind: row.kind,
    quote: row.quote,
    rects: readJsonColumn(z.array(RectSchema), row.rects, 'excerpts.rects'),
    imageSha256: row.image_sha256,
    note: row.note,
    tags: readJsonColumn(z.array(z.string()), row.tags, 'excerpts.tags'),
    sortKey: row.sort_key,
    cite: pinpointCite(document, { number: row.page_number, label: row.page_label }, format),
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  };
}

export function readExcerpt(db: Db, id: number, format: CiteFormat): Excerpt {
  const row = stmt(db, `${SELECT_EXCERPTS} WHERE e.id = ?`).get(id) as ExcerptRow | undefined;
  if (!row) throw new AppError('not-found', `This matter has no excerpt with id ${id}.`);
  return toExcerpt(row, format);
}

/**
 * Only the filters given go into the statement (one cached statement per combination), so a document's
 * excerpts are read through its index rather than by testing every excerpt against "@document IS NULL OR …".
 */
export function listExcerpts(db: Db, filters: ExcerptFilters, format: CiteFormat): Excerpt[] {
  const conditions = [
    filters.documentId !== undefined && 'e.document_id = @document',
    filters.productId !== undefined &&
      'EXISTS (SELECT 1 FROM document_products dp WHERE dp.document_id = e.document_id AND dp.product_id = @product)',
    filters.tag !== undefined && 'EXISTS (SELECT 1 FROM json_each(e.tags) t WHERE t.value = @tag)',
    filters.text !== undefined && "instr(lower(e.quote || ' ' || coalesce(e.note, '')), lower(@text)) > 0",
    !filters.includeDeleted && 'e.deleted_at IS NULL',
  ].filter((condition): condition is string => condition !== false);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows = stmt(db, `${SELECT_EXCERPTS} ${where} ORDER BY d.title, e.document_id, e.sort_key, e.id LIMIT @limit`).all({
    ...(filters.documentId !== undefined && { document: filters.documentId }),
    ...(filters.productId !== undefined && { product: filters.productId }),
    ...(filters.tag !== undefined && { tag: filters.tag }),
    ...(filters.text !== undefined && { text: filters.text }),
    limit: filters.limit,
  }) as ExcerptRow[];
  return rows.map((row) => toExcerpt(row, format));
}
