/** The excerpts a chart's cells cite, with each one's pinpoint cite, read in one query. */
import { pinpointCite, type CiteFormat } from '../../../shared/citation/cite';
import type { ExcerptState } from '../../../shared/chart/bindings';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface ExcerptRef extends ExcerptState {
  readonly id: number;
  readonly quote: string;
  readonly note: string | null;
  readonly documentId: number;
  readonly pageNumber: number;
  readonly imageSha256: string | null;
  readonly cite: string;
}

interface ExcerptRow {
  id: number;
  kind: 'text' | 'region';
  quote: string;
  note: string | null;
  deleted_at: string | null;
  document_id: number;
  page_number: number;
  image_sha256: string | null;
  short_name: string;
  title: string;
  bates_prefix: string | null;
  bates_start: number | null;
  page_label: string | null;
}

export function loadExcerptRefs(db: Db, ids: Iterable<number>, citeFormat: CiteFormat): Map<number, ExcerptRef> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = stmt(
    db,
    `SELECT e.id, e.kind, e.quote, e.note, e.deleted_at, e.document_id, e.page_number, e.image_sha256,
            d.short_name, d.title, d.bates_prefix, d.bates_start, p.label AS page_label
       FROM excerpts e
       JOIN documents d ON d.id = e.document_id
       LEFT JOIN pages p ON p.document_id = e.document_id AND p.page_number = e.page_number
      WHERE e.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(wanted)) as ExcerptRow[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        kind: r.kind,
        quote: r.quote,
        note: r.note,
        deleted: r.deleted_at !== null,
        documentId: r.document_id,
        pageNumber: r.page_number,
        imageSha256: r.image_sha256,
        cite: pinpointCite(
          { shortName: r.short_name, title: r.title, batesPrefix: r.bates_prefix, batesStart: r.bates_start },
          { number: r.page_number, label: r.page_label },
          citeFormat,
        ),
      },
    ]),
  );
}
