/** Settings of the PDF services (import, geometry); tests inject their own. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MAX_PDF_BYTES } from '../../../shared/domain/document';
import { AppError } from '../../../shared/errors';

export interface DocumentOptions {
  /** The built worker (dist/node/extract-worker.js); tests point here at the build, the app uses the default. */
  readonly workerPath: string | URL;
  readonly maxFileBytes: number;
  /** Per document: a PDF that keeps the engine busy longer is stopped and refused. */
  readonly timeoutMs: number;
  readonly workerCount: number;
}

export function defaultDocumentOptions(): DocumentOptions {
  return {
    // Next to the running bundle (dist/node/main.js, cli.js, browser-mode.js).
    workerPath: new URL('./extract-worker.js', import.meta.url),
    maxFileBytes: MAX_PDF_BYTES,
    timeoutMs: 120_000,
    workerCount: Math.min(2, availableParallelism()),
  };
}

/** Fails with a clear message when the worker was not built, rather than once per file. */
export function assertWorkerBuilt(options: DocumentOptions): void {
  const file = options.workerPath instanceof URL ? fileURLToPath(options.workerPath) : options.workerPath;
  if (!existsSync(file)) throw new AppError('internal', `The PDF extraction worker is missing (${file}); build ClaimChart again.`);
}
