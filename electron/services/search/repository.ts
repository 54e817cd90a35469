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
 * Ranking and snippets are two statements. BM25 must be computed for every match to find the best ones;
 * SQLite's own top-N sort over `bm25()` does that faster than FTS5's `ORDER BY rank` (which sorts every
 * match in a nested statement), but would compute the select list, snippet included, for every match.
 * So the first statement ranks rowids only, and the second builds the rows and snippets for those alone.
 * The second scans the matches between the lowest and highest ranked rowid and keeps the ranked ones (the
 * unary `+` keeps that test out of FTS5): handing FTS5 the rowids instead makes it evaluate the whole
 * expression again per rowid, which for a prefix query means merging every expansion's doclist 50 times.
 */
export const RANK_SQL = `
  SELECT rowid AS id, bm25(pages_fts) AS score
    FROM pages_fts
   WHERE pages_fts MATCH @match
     AND (@scoped = 0 OR rowid IN (
           SELECT p.id FROM pages p
            WHERE (@documents IS NULL OR p.document_id IN (SELECT value FROM json_each(@documents)))
              AND (@product IS NULL OR EXISTS (SELECT 1 FROM document_products dp
                                                WHERE dp.document_id = p.document_id AND dp.product_id = @product))))
   ORDER BY score
   LIMIT @limit OFFSET @offset`;

export const RANKED_PAGES_SQL = `
  SELECT p.id, p.document_id, p.page_number, p.label, p.text, d.title, d.short_name, d.bates_prefix, d.bates_start,
         snippet(pages_fts, 0, @open, @close, '…', ${SNIPPET_TOKENS}) AS snippet
    FROM pages_fts
    JOIN pages p ON p.id = pages_fts.rowid
    JOIN documents d ON d.id = p.document_id
   WHERE pages_fts MATCH @match
     AND pages_fts.rowid BETWEEN @lowest AND @highest
     AND +pages_fts.rowid IN (SELECT value FROM json_each(@ids))`;

interface RankRow {
  id: number;
  score: number;
}

interface PageRow {
  id: number;
  document_id: number;
  page_number: number;
  label: string | null;
  text: string;
  title: string;
  short_name: string;
  bates_prefix: string | null;
  bates_start: number | null;
  snippet: string;
}

/** Pages matching `expression`, best first. */
export function searchPages(db: Db, expression: string, filters: SearchFilters): RankedPage[] {
  return db.transaction(() => {
    const ranked = stmt(db, RANK_SQL).all({
      match: expression,
      scoped: filters.documentIds || filters.productId !== undefined ? 1 : 0,
      documents: filters.documentIds ? JSON.stringify(filters.documentIds) : null,
      product: filters.productId ?? null,
      limit: filters.limit,
      offset: filters.offset,
    }) as RankRow[];
    if (ranked.length === 0) return [];
    const rows = stmt(db, RANKED_PAGES_SQL).all({
      match: expression,
      open: HIGHLIGHT_OPEN,
      close: HIGHLIGHT_CLOSE,
      ids: JSON.stringify(ranked.map((r) => r.id)),
      lowest: Math.min(...ranked.map((r) => r.id)),
      highest: Math.max(...ranked.map((r) => r.id)),
    }) as PageRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ranked.map(({ id, score }) => {
      const r = byId.get(id)!;
      return {
        documentId: r.document_id,
        pageNumber: r.page_number,
        label: r.label,
        pageText: r.text,
        title: r.title,
        shortName: r.short_name,
        batesPrefix: r.bates_prefix,
        batesStart: r.bates_start,
        rank: score,
        snippet: parseHighlighted(r.snippet),
      };
    });
  })();
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
