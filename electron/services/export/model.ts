/**
 * A chart as every export format reads it: loaded once from the matter (load-chart.ts), with the labels
 * and cites already worded under the export's options. Internal notes are not part of it, so no format
 * can export one.
 */
import type { CellContent } from '../../../shared/chart/cell-schema';
import type { CitableDocument } from '../../../shared/citation/cite';
import type { Equivalents } from '../../../shared/domain/chart';
import type { Rect } from '../../../shared/domain/document';
import type { ExportOptions } from '../../../shared/domain/export';
import type { ChartStatus } from '../../../shared/domain/matter';

export interface ExportRow {
  readonly limitationId: number;
  readonly claimNumber: number;
  readonly label: string;
  readonly depth: number;
  readonly claimText: string;
  readonly status: ChartStatus;
  readonly content: CellContent;
  readonly equivalents: Equivalents | null;
}

export interface ExportExcerpt {
  readonly id: number;
  readonly documentId: number;
  readonly pageNumber: number;
  /** Pages of the excerpt's document: a page number beyond it is reported by verification. */
  readonly documentPageCount: number;
  readonly kind: 'text' | 'region';
  /** The words as captured: a chart's quote is checked against them as well as against the page. */
  readonly quote: string;
  /** [x1, y1, x2, y2] from the lower-left corner of the page box. */
  readonly rects: readonly Rect[];
  readonly imageSha256: string | null;
  readonly deleted: boolean;
  /** The pinpoint cite under the export's cite format. */
  readonly cite: string;
}

/** A document the chart cites, numbered as an exhibit in order of first citation. */
export interface ExportDocument extends CitableDocument {
  readonly id: number;
  /** "AIVRES_0001234–AIVRES_0001290", or null without Bates numbers. */
  readonly batesRange: string | null;
  readonly confidentiality: string | null;
  /** "Exhibit A-1". */
  readonly exhibit: string;
}

export interface ExportCaption {
  /** "Hewlett Packard Enterprise Co. v. Inspur Group Co., Ltd. et al." */
  readonly caseName: string;
  readonly court: string | null;
  readonly caseNumber: string | null;
  readonly exhibitLabel: string;
  /** "Infringement Chart — U.S. Patent No. 7,634,671 — Aivres KR2280-X1" */
  readonly title: string;
  /** The accused product's family members ("same as" products), when there are any. */
  readonly familyMembers: readonly string[];
}

export interface ExportColumns {
  readonly claim: string;
  readonly evidence: string;
  /** Null when the status column is not exported. */
  readonly status: string | null;
}

export interface ExportChart {
  readonly chartId: number;
  readonly title: string;
  readonly caption: ExportCaption;
  readonly columns: ExportColumns;
  readonly rows: readonly ExportRow[];
  /** Every excerpt the rows cite, by id (a deleted one included: verification reports it). */
  readonly excerpts: ReadonlyMap<number, ExportExcerpt>;
  /** The cited documents in order of first citation: the index of exhibits. */
  readonly documents: readonly ExportDocument[];
  /** The most restrictive confidentiality designation among the cited documents, for every page's header. */
  readonly designation: string | null;
  readonly options: ExportOptions;
  /** A region excerpt's stored image. */
  image(sha256: string): Uint8Array;
  /** Digits of a Bates number under the export's cite format. */
  readonly batesWidth: number;
  /** A cited document's stored PDF. */
  documentPdf(documentId: number): Uint8Array;
  /** A page's stored text (what quotes are verified against), or null when the page does not exist. */
  pageText(documentId: number, pageNumber: number): string | null;
}
