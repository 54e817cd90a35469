/**
 * The first import of a session used to pay PDFium's warm-up: V8 compiles the engine's WebAssembly lazily
 * and tiers up its hot functions as they run, about a fifth of a 1,000-page import (docs/BENCHMARKS.md).
 * Shortly after startup one worker reads a small made-up manual, so that work is done before the user's
 * first import; the compiled code stays with the process's module (pdfium-wasm.ts) for every later worker.
 */
import { ExtractorPool } from './extractor';
import { generateManualPdf } from './made-up-manual';
import { defaultDocumentOptions, type DocumentOptions } from './options';

const WARM_UP_PAGES = 40;
/** Long enough for the first window to have loaded: the warm-up takes a core for a quarter second. */
const WARM_UP_DELAY_MS = 2_000;

export async function warmUpExtraction(options: DocumentOptions): Promise<void> {
  const bytes = await generateManualPdf(0, WARM_UP_PAGES);
  const pool = new ExtractorPool(options.workerPath, 1);
  try {
    await pool.extract({ docKey: 'warm-up', bytes, password: '' }, { signal: new AbortController().signal, timeoutMs: options.timeoutMs });
  } finally {
    await pool.close();
  }
}

/** Runs the warm-up after the window has had its start; a failure is only logged, as an import would report it. */
export function scheduleExtractionWarmUp(options: DocumentOptions = defaultDocumentOptions(), delayMs = WARM_UP_DELAY_MS): void {
  setTimeout(() => {
    warmUpExtraction(options).catch((error: unknown) => {
      console.warn(`The PDF engine's warm-up failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }, delayMs).unref();
}
