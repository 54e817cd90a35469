// The data model of imported patent claims: what a claim chart's rows are made from.

export type ClaimCategory = 'method' | 'apparatus' | 'system' | 'composition' | 'computer-readable-medium' | 'other';

export type ClaimStatus = 'active' | 'canceled' | 'withdrawn';

export interface ClaimWarning {
  code:
    | 'missing-dependency'
    | 'forward-dependency'
    | 'numbering-gap'
    | 'improper-multiple-dependency'
    | 'duplicate-number'
    | 'depends-on-canceled'
    | 'canceled'
    | 'withdrawn'
    | 'no-transition'
    | 'split-failed'
    | 'artifacts-removed'
    | 'hyphenation-guessed'
    | string;
  message: string;
}

export interface ParsedLimitation {
  kind: 'preamble' | 'element';
  /** 0: top-level element; 1: sub-item (i), (ii)… of the element before it; 2: a sub-item of that, and so on. */
  depth: number;
  /** Always claim.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

export interface ParsedClaim {
  number: number;
  /** The claim's words exactly as imported, whitespace collapsed to single spaces, without its number or status marker. */
  text: string;
  status: ClaimStatus;
  /** The status marker of an office-action listing, verbatim, e.g. "(Currently Amended)"; null when there was none. */
  statusMarker: string | null;
  dependsOn: number[];
  dependsOnAnyPreceding: boolean;
  category: ClaimCategory;
  meansPlusFunction: boolean;
  preamble: string | null;
  transition: string | null;
  limitations: ParsedLimitation[];
  /** Offsets in `text` where the source started a new line or a new XML <claim-text>, used as element boundaries. */
  sourceBreaks: number[];
  warnings: ClaimWarning[];
}

export interface PatentBiblio {
  /** Normalized by normalizePatentNumber, kind code included when known: "US7272630B2", "US6970935B1". */
  number: string;
  kind: string | null;
  title: string | null;
  applicationNumber: string | null;
  /** Dates are ISO yyyy-mm-dd. */
  filingDate: string | null;
  issueDate: string | null;
  publicationDate: string | null;
  inventors: string[];
  assignee: string | null;
  abstract: string | null;
}

export interface ParsedClaimSet {
  claims: ParsedClaim[];
  /**
   * Warnings that concern no claim (a guessed join in a PDF's title). Everything else sits on the claim it concerns,
   * where `claims parse --json` and the stored claims show it: a gap in the numbering on the claim after the gap,
   * what cleaning removed on the claim it was removed from, a guessed join on the claim it is in.
   */
  warnings: ClaimWarning[];
}

export interface ParsedPatent extends ParsedClaimSet {
  patent: PatentBiblio | null;
}

export type LabelScheme =
  | 'bracket' /* [1pre] [1a] [1b] [1b(i)] */
  | 'upper' /* 1pre 1A 1B 1B(i) */
  | 'decimal' /* 1.0 1.1 1.2 1.2.1 */
  | 'bracket-dot'; /* [1.pre] [1.a] [1.b(i)] */

export type ClaimImportErrorCode =
  | 'empty'
  | 'binary'
  | 'invalid-xml'
  | 'not-a-patent'
  | 'no-claims'
  | 'multiple-documents'
  | 'number-not-found'
  | 'number-mismatch'
  | 'pdf-no-text'
  | 'pdf-unreadable';

/** An import that cannot produce claims; `message` is written for the user. */
export class ClaimImportError extends Error {
  readonly code: ClaimImportErrorCode;

  constructor(code: ClaimImportErrorCode, message: string) {
    super(message);
    this.name = 'ClaimImportError';
    this.code = code;
  }
}

export { normalizePatentNumber, patentNumbersMatch } from './patent-number';
