/** Loads of documents' PDFs, started ahead (documents/preloadDocument.ts) and taken over by the view that shows them. */
import { binaryUrl } from '../rpc/client';
import { loadPdf } from './pdfjs';

type LoadingTask = ReturnType<typeof loadPdf>;
export type PasswordRequest = (submit: (password: string) => void, reason: number) => void;

interface Load {
  readonly task: LoadingTask;
  /** Who answers pdf.js's request for a password; until a view is there, the request waits. */
  onPassword: PasswordRequest | null;
  waiting: Parameters<PasswordRequest> | null;
}

/** A load started ahead and not taken within this time is dropped (the user went elsewhere). */
const UNCLAIMED_MS = 30_000;
const ahead = new Map<number, Load>();
/** Documents a view shows (and so has loaded already): asking ahead for them again does nothing. */
const shown = new Map<number, number>();

function startLoad(documentId: number): Load {
  const load: Load = { task: loadPdf(binaryUrl(`/document/${documentId}`)), onPassword: null, waiting: null };
  load.task.onPassword = (submit: (password: string) => void, reason: number) => {
    if (load.onPassword) load.onPassword(submit, reason);
    else load.waiting = [submit, reason];
  };
  return load;
}

export function preloadPdf(documentId: number): void {
  if (ahead.has(documentId) || shown.has(documentId)) return;
  const load = startLoad(documentId);
  ahead.set(documentId, load);
  setTimeout(() => {
    if (ahead.get(documentId) !== load) return;
    ahead.delete(documentId);
    void load.task.destroy();
  }, UNCLAIMED_MS);
}

/** The document's PDF for a view: the load started ahead, if any, else a new one; destroyed on `close`. */
export function openPdf(documentId: number, onPassword: PasswordRequest): { readonly task: LoadingTask; readonly close: () => void } {
  const load = ahead.get(documentId) ?? startLoad(documentId);
  ahead.delete(documentId);
  shown.set(documentId, (shown.get(documentId) ?? 0) + 1);
  load.onPassword = onPassword;
  if (load.waiting) onPassword(...load.waiting);
  return {
    task: load.task,
    close: () => {
      const count = (shown.get(documentId) ?? 1) - 1;
      if (count > 0) shown.set(documentId, count);
      else shown.delete(documentId);
      void load.task.destroy();
    },
  };
}
