/**
 * Patent PDF worker (built to dist/node/patent-pdf-worker.js beside the app's bundles): pdf.js reads a
 * patent's PDF here, so a long or malformed file never holds up the main process's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { ClaimImportError } from '../../../shared/claims/types';
import type { PatentPdfReply, PatentPdfRequest } from './patent-pdf-protocol';
import { readPatentPdf } from './patent-pdf';

const port = parentPort;
if (!port) throw new Error('patent-pdf-worker must run in a worker thread');

port.on('message', ({ bytes }: PatentPdfRequest) => {
  readPatentPdf(bytes).then(
    (parsed) => port.postMessage({ ok: true, parsed } satisfies PatentPdfReply),
    (error: unknown) => {
      const failure = error instanceof ClaimImportError ? error : new ClaimImportError('pdf-unreadable', `This PDF could not be read (${String(error)}).`);
      port.postMessage({ ok: false, code: failure.code, message: failure.message } satisfies PatentPdfReply);
    },
  );
});
