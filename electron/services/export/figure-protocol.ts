/** Messages between the export and a figure worker (figure-worker.ts). */
import type { PrintImage } from './print-image';

export interface FigureRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly widthInches: number;
}

export type FigureReply = { readonly id: number; readonly image: PrintImage } | { readonly id: number; readonly error: string };
