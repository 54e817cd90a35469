/**
 * The document viewer's code (pdf.js with it) is loaded on demand, and ahead of need where the app can tell:
 * when the matter has documents it loads while the app is idle, together with the pdf.js worker; when a
 * document route is shown, its PDF starts loading as soon as pdf.js is there, not once the view has
 * rendered. Held in a store rather than behind React.lazy: a Suspense boundary, once it has shown its
 * fallback, holds finished content back for a while, and a document must show at once.
 */
import { useSyncExternalStore } from 'react';
import { asRpcError } from '../rpc/client';
import { reportError } from '../ui/notifications';
import { pdfWorker } from '../viewer/pdfWorker';

type ViewerModule = typeof import('./DocumentView');

let viewerModule: ViewerModule | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function loadViewer(): void {
  loading ??= import('./DocumentView').then(
    (module) => {
      viewerModule = module;
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      loading = undefined; // tried again when next asked for
      reportError('Could not load the document viewer', asRpcError(error));
    },
  );
}

/** The viewer's module once loaded (asking for it loads it). */
export function useDocumentViewer(): ViewerModule | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      loadViewer();
      return () => listeners.delete(listener);
    },
    () => viewerModule,
  );
}

export function preloadDocument(documentId: number): void {
  pdfWorker();
  void import('../viewer/pdfLoads').then(({ preloadPdf }) => preloadPdf(documentId));
}

let warmedUp = false;

export function warmUpDocumentViewer(): void {
  if (warmedUp) return;
  warmedUp = true;
  requestIdleCallback(() => {
    pdfWorker();
    loadViewer();
  });
}
