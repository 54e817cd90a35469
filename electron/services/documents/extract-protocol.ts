/**
 * Messages between the import service and an extraction worker (extract-worker.ts). A worker serves one
 * request at a time; for a `document` it keeps the PDF open between requests with the same `docKey`, so
 * the chunks of one document do not reopen it.
 */
import type { Rect, TextSpan } from '../../../shared/domain/document';
import type { WasmModule } from './pdfium-wasm';

export interface ExtractWorkerData {
  readonly pdfium: WasmModule;
}

export interface DocumentRef {
  /** Identifies the document across requests (its SHA-256). */
  readonly docKey: string;
  /** The file's bytes; backed by a SharedArrayBuffer when several workers read one document. */
  readonly bytes: Uint8Array;
  readonly password: string;
}

export type WorkerRequest =
  | { readonly kind: 'probe'; readonly document: DocumentRef }
  | { readonly kind: 'extract'; readonly document: DocumentRef; readonly from: number; readonly to: number }
  | {
      readonly kind: 'geometry';
      readonly document: DocumentRef;
      readonly pageIndex: number;
      /** Spans of the page's stored text to find rectangles for. */
      readonly spans: readonly TextSpan[];
      /** A region whose text to read. */
      readonly region: Rect | null;
    };

export interface ProbeResult {
  readonly pageCount: number;
  /** The Title of the PDF's document information, when it has one. */
  readonly title: string | null;
  /** The PDF's page labels, null where it has none. */
  readonly labels: readonly (string | null)[];
  /** The cross-reference table was broken and PDFium rebuilt it. */
  readonly repaired: boolean;
}

export interface ExtractedPage {
  readonly pageIndex: number;
  readonly text: string;
  readonly width: number;
  readonly height: number;
  /** The engine could not load this page (a broken page object): kept without text, at a Letter size. */
  readonly unreadable?: true;
}

export interface GeometryResult {
  readonly rects: Rect[][];
  readonly regionText: string | null;
}

export type PdfFailureCode = 'damaged-pdf' | 'password-required' | 'password-wrong';

export type WorkerReply =
  | { readonly kind: 'probed'; readonly result: ProbeResult }
  | { readonly kind: 'page'; readonly page: ExtractedPage }
  | { readonly kind: 'extracted' }
  | { readonly kind: 'geometry'; readonly result: GeometryResult }
  | { readonly kind: 'failed'; readonly code: PdfFailureCode; readonly message: string };
