/** Full-text queries over pages_fts: ranked pages with snippets, and one page's hits. */
import type { Snippet, TextSpan } from '../../../shared/domain/document';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from '../documents/page-text';
import { parseHighlighted } from './highlights';

export interface SearchFilters {
  readonly documentIds?: readonly number[];
  readonly productId?: number;
  readonly limit: number;
  readonly offset: number;
}

export interface RankedPage {
  readonly documentId: number;
  readonly pageNumber: number;
  readonly label: string | null;
  readonly pageText: string;
  readonly title: string;
  readonly shortName: string;
  readonly batesPrefix: string | null;
  readonly batesStart: number | null;
  /** BM25 as FTS5 reports it: lower is better. */
  readonly rank: number;
  readonly snippet: Snippet;
}

/** Tokens around the hits in a snippet. */
const SNIPPET_TOKENS = 32;

/**
 * Pages matching `expression`, best first. `ORDER BY rank` lets FTS5 order the matches itself, so the
 * snippet is computed only for the rows returned (see the query-plan test).
 */
export const SEARCH_SQL = `
  SELECT p.document_id, p.page_number, p.label, p.text, d.title, d.short_name, d.bates_prefix, d.bates_start,
         pages_fts.rank AS rank, snippet(pages_fts, 0, @open, @close, '…', ${SNIPPET_TOKENS}) AS snippet
    FROM pages_fts
    JOIN pages p ON p.id = pages_fts.rowid
    JOIN documents d ON d.id = p.document_id
   WHERE pages_fts MATCH @match
     AND (@documents IS NULL OR p.document_id IN (SELECT value FROM json_each(@documents)))
     AND (@product IS NULL OR EXISTS (SELECT 1 FROM document_products dp
                                       WHERE dp.document_id = p.document_id AND dp.product_id = @product))
   ORDER BY pages_fts.rank
   LIMIT @limit OFFSET @offset`;

interface SearchRow {
  document_id: number;
  page_number: number;
  label: string | null;
  text: string;
  title: string;
  short_name: string;
  bates_prefix: string | null;
  bates_start: number | null;
  rank: number;
  snippet: string;
}

export function searchPages(db: Db, expression: string, filters: SearchFilters): RankedPage[] {
  const rows = stmt(db, SEARCH_SQL).all({
    match: expression,
    open: HIGHLIGHT_OPEN,
    close: HIGHLIGHT_CLOSE,
    documents: filters.documentIds ? JSON.stringify(filters.documentIds) : null,
    product: filters.productId ?? null,
    limit: filters.limit,
    offset: filters.offset,
  }) as SearchRow[];
  return rows.map((r) => ({
    documentId: r.document_id,
    pageNumber: r.page_number,
    label: r.label,
    pageText: r.text,
    title: r.title,
    shortName: r.short_name,
    batesPrefix: r.bates_prefix,
    batesStart: r.bates_start,
    rank: r.rank,
    snippet: parseHighlighted(r.snippet),
  }));
}

/**
 * Where `expression` matches in one page's stored text; no spans when the page does not match.
 * The CAST matters: better-sqlite3 binds a JavaScript number as REAL, and FTS5 (3.53) then ignores a
 * `rowid = ?` constraint next to MATCH and answers rows of other pages.
 */
export function pageHitSpans(db: Db, pageId: number, expression: string): TextSpan[] {
  const row = stmt(
    db,
    `SELECT highlight(pages_fts, 0, @open, @close) AS marked FROM pages_fts
      WHERE pages_fts MATCH @match AND rowid = CAST(@id AS INTEGER)`,
  ).get({ open: HIGHLIGHT_OPEN, close: HIGHLIGHT_CLOSE, match: expression, id: pageId }) as { marked: string } | undefined;
  return row ? parseHighlighted(row.marked).hits : [];
}
