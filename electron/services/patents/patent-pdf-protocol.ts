/** Messages between the main thread and the patent PDF worker (patent-pdf-worker.ts). */
import type { ClaimImportErrorCode, ParsedPatent } from '../../../shared/claims/types';

export interface PatentPdfRequest {
  readonly bytes: Uint8Array;
}

export type PatentPdfReply =
  | { readonly ok: true; readonly parsed: ParsedPatent }
  | { readonly ok: false; readonly code: ClaimImportErrorCode; readonly message: string };
