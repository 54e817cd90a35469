/**
 * Reads a chart for export: its rows through the chart repository (labels and cites worded under the
 * export's label scheme and cite format), the excerpts they cite with their rectangles, the cited documents
 * numbered as exhibits in order of first citation, and the caption. Images and page texts are read when a
 * format asks for them.
 */
import { printedContent } from '../../../shared/chart/append-evidence';
import { citedExcerptIds } from '../../../shared/chart/cell-schema';
import { normalizePatentNumber } from '../../../shared/claims/patent-number';
import { RectSchema } from '../../../shared/domain/document';
import type { ExportOptions } from '../../../shared/domain/export';
import { AppError } from '../../../shared/errors';
import { readChartHeading } from '../charts/detail';
import { loadExcerptRefs } from '../charts/excerpt-refs';
import { readChartSettings } from '../charts/matter-settings';
import { readChartRecord } from '../charts/repository';
import { readChartRows } from '../charts/rows';
import { readJsonColumn } from '../db/json-column';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { readDocumentBytes, readDocumentDetail } from '../documents/repository';
import { displayPatentNumber } from '../patents/import';
import { chartDesignation } from './designation';
import type { ExportChart, ExportDocument, ExportExcerpt, ExportRow } from './model';
import { readBlob } from '../db/blob-store';

const rectList = RectSchema.array();

export function loadExportChart(db: Db, chartId: number, options: ExportOptions): ExportChart {
  const record = readChartRecord(db, chartId);
  const matterSettings = readChartSettings(db);
  const settings = {
    labelScheme: options.labelScheme ?? matterSettings.labelScheme,
    citeFormat: options.citeFormat ?? matterSettings.citeFormat,
  };
  const heading = readChartHeading(db, record);
  // Internal notes stay behind here: no format can export what the model does not hold.
  const rows: ExportRow[] = readChartRows(db, record, settings).map((row) => ({
    limitationId: row.limitationId,
    claimNumber: row.claimNumber,
    label: row.label,
    depth: row.depth,
    claimText: row.claimText,
    status: row.status,
    content: printedContent(row.content),
    equivalents: row.equivalents,
  }));
  const citedIds = [...new Set(rows.flatMap((row) => citedExcerptIds(row.content)))];
  const excerpts = loadExcerpts(db, citedIds, settings.citeFormat);
  const documents = citedDocuments(db, citedIds, excerpts, options.exhibitLabel, settings.citeFormat.batesWidth);

  const patent = patentCitation(heading.patent.number);
  const accused =
    record.kind === 'infringement' ? (heading.product?.name ?? record.title) : heading.references.map((r) => r.shortName).join('; ');
  return {
    chartId,
    title: record.title,
    caption: {
      ...readCaseCaption(db),
      exhibitLabel: options.exhibitLabel,
      title: `${record.kind === 'infringement' ? 'Infringement' : 'Invalidity'} Chart — ${patent} — ${accused}`,
      familyMembers: heading.family.filter((member) => member.productId !== heading.product?.id).map((member) => member.name),
    },
    columns: {
      claim: options.columnHeadings.claim ?? patent,
      evidence: options.columnHeadings.evidence ?? accused,
      status: options.includeStatus ? (options.columnHeadings.status ?? 'Status') : null,
    },
    rows,
    excerpts,
    documents,
    designation: chartDesignation(documents.map((d) => d.confidentiality)),
    options,
    batesWidth: settings.citeFormat.batesWidth,
    image: (sha256) => readImage(db, sha256),
    documentPdf: (documentId) => readDocumentBytes(db, documentId).bytes,
    pageText: (documentId, pageNumber) => {
      const row = stmt(db, 'SELECT text FROM pages WHERE document_id = ? AND page_number = ?').get(documentId, pageNumber) as
        | { text: string }
        | undefined;
      return row?.text ?? null;
    },
  };
}

/** "US 7,634,671" → "U.S. Patent No. 7,634,671"; other forms as stored. */
function patentCitation(number: string): string {
  const shown = displayPatentNumber(normalizePatentNumber(number));
  return shown.startsWith('US ') ? `U.S. Patent No. ${shown.slice(3)}` : shown;
}

function readCaseCaption(db: Db) {
  const row = stmt(db, 'SELECT name, court, case_number FROM matter WHERE id = 1').get() as
    | { name: string; court: string | null; case_number: string | null }
    | undefined;
  if (!row) throw new AppError('matter-damaged', 'The matter file has no matter record.');
  return { caseName: row.name, court: row.court, caseNumber: row.case_number };
}

function loadExcerpts(db: Db, ids: readonly number[], citeFormat: Parameters<typeof loadExcerptRefs>[2]): Map<number, ExportExcerpt> {
  const refs = loadExcerptRefs(db, ids, citeFormat);
  const geometry = stmt(
    db,
    `SELECT e.id, e.rects, d.page_count FROM excerpts e JOIN documents d ON d.id = e.document_id
      WHERE e.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { id: number; rects: string; page_count: number }[];
  const excerpts = new Map<number, ExportExcerpt>();
  for (const { id, rects, page_count } of geometry) {
    const ref = refs.get(id);
    if (!ref) continue;
    excerpts.set(id, {
      id,
      documentId: ref.documentId,
      pageNumber: ref.pageNumber,
      documentPageCount: page_count,
      kind: ref.kind,
      quote: ref.quote,
      rects: readJsonColumn(rectList, rects, 'excerpts.rects'),
      imageSha256: ref.imageSha256,
      deleted: ref.deleted,
      cite: ref.cite,
    });
  }
  return excerpts;
}

/** The documents of the live excerpts the chart cites, in order of first citation, numbered "Exhibit A-1"… */
function citedDocuments(
  db: Db,
  citedIds: readonly number[],
  excerpts: ReadonlyMap<number, ExportExcerpt>,
  exhibitLabel: string,
  batesWidth: number,
): ExportDocument[] {
  const documentIds = [
    ...new Set(citedIds.flatMap((id) => {
      const excerpt = excerpts.get(id);
      return excerpt && !excerpt.deleted ? [excerpt.documentId] : [];
    })),
  ];
  return documentIds.map((id, index) => {
    const detail = readDocumentDetail(db, id, batesWidth);
    return {
      id,
      title: detail.title,
      shortName: detail.shortName,
      batesPrefix: detail.batesPrefix,
      batesStart: detail.batesStart,
      batesRange: detail.batesRange,
      confidentiality: detail.confidentiality,
      exhibit: `${exhibitLabel}-${index + 1}`,
    };
  });
}

function readImage(db: Db, sha256: string): Uint8Array {
  const bytes = readBlob(db, sha256);
  if (!bytes) throw new AppError('matter-damaged', `The matter file is missing the image ${sha256.slice(0, 12)}….`);
  return bytes;
}
