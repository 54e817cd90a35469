/**
 * Reads a patent PDF in a worker thread of its own (one per file: patents are imported one at a time),
 * stopped when it runs past a deadline. When the worker is not built beside the running code (the tests
 * run the sources), the PDF is read on this thread instead: the same function.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ClaimImportError, type ParsedPatent } from '../../../shared/claims/types';
import { readPatentPdf } from './patent-pdf';
import type { PatentPdfReply, PatentPdfRequest } from './patent-pdf-protocol';

/** Next to the running bundle (dist/node/main.js, cli.js, browser-mode.js). */
export const builtPatentPdfWorker = new URL('./patent-pdf-worker.js', import.meta.url);

export const PATENT_PDF_TIMEOUT_MS = 60_000;

export async function readPatentPdfOffThread(
  bytes: Uint8Array,
  { workerPath = builtPatentPdfWorker, timeoutMs = PATENT_PDF_TIMEOUT_MS }: { workerPath?: string | URL; timeoutMs?: number } = {},
): Promise<ParsedPatent> {
  const file = workerPath instanceof URL ? fileURLToPath(workerPath) : workerPath;
  if (!existsSync(file)) return readPatentPdf(bytes);
  // A runaway heap ends the worker, not the app.
  const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  try {
    return await new Promise<ParsedPatent>((resolve, reject) => {
      const timer = setTimeout(() => {
        const seconds = Math.round(timeoutMs / 1000);
        reject(new ClaimImportError('pdf-unreadable', `Reading this PDF took longer than ${seconds} s and was stopped; the file may be malformed.`));
      }, timeoutMs);
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        outcome();
      };
      worker.on('message', (reply: PatentPdfReply) =>
        settle(() => (reply.ok ? resolve(reply.parsed) : reject(new ClaimImportError(reply.code, reply.message)))),
      );
      worker.on('error', (error) => settle(() => reject(new ClaimImportError('pdf-unreadable', `The PDF reader failed on this file (${error.message}).`))));
      worker.on('exit', () => settle(() => reject(new ClaimImportError('pdf-unreadable', 'The PDF reader stopped while reading this file.'))));
      worker.postMessage({ bytes } satisfies PatentPdfRequest);
    });
  } finally {
    await worker.terminate();
  }
}
