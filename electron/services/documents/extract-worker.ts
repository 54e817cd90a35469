/**
 * Extraction worker (built to dist/node/extract-worker.js): reads PDFs with PDFium off the main thread.
 * One request at a time; the last document stays open for the next request with the same key.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentRef, ExtractedPage, ExtractWorkerData, WorkerReply, WorkerRequest } from './extract-protocol';
import { loadPdfium, PdfFailure, PdfiumDocument } from './pdfium';
import { rawOffsetMapper, storedPageText } from './page-text';

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

/** The main thread's compiled PDFium (see pdfium-wasm.ts). */
const { pdfium: compiled } = workerData as ExtractWorkerData;
// Start the engine now, while the main thread is still reading the file.
void loadPdfium(compiled);

/** US Letter in points: the size an unreadable page is stored at (its own cannot be read either). */
const LETTER_WIDTH = 612;
const LETTER_HEIGHT = 792;

let open: { key: string; document: PdfiumDocument } | undefined;

async function documentFor(ref: DocumentRef): Promise<PdfiumDocument> {
  if (open?.key === ref.docKey) return open.document;
  open?.document.close();
  open = undefined;
  const document = PdfiumDocument.open(await loadPdfium(compiled), ref.bytes, ref.password);
  open = { key: ref.docKey, document };
  return document;
}

/** One page's text and size; a page the engine cannot load is kept, marked, rather than losing the document. */
function extractPage(document: PdfiumDocument, pageIndex: number): ExtractedPage {
  try {
    return document.withPage(pageIndex, (loaded) => {
      const [left, bottom, right, top] = loaded.box();
      return { pageIndex, text: storedPageText(loaded.rawText()), width: right - left, height: top - bottom };
    });
  } catch (error) {
    if (!(error instanceof PdfFailure && error.code === 'damaged-pdf')) throw error;
    return { pageIndex, text: '', width: LETTER_WIDTH, height: LETTER_HEIGHT, unreadable: true };
  }
}

function reply(message: WorkerReply): void {
  port!.postMessage(message);
}

async function serve(request: WorkerRequest): Promise<void> {
  const document = await documentFor(request.document);
  switch (request.kind) {
    case 'probe': {
      const pageCount = document.pageCount;
      const labels = Array.from({ length: pageCount }, (_, i) => document.pageLabel(i));
      reply({ kind: 'probed', result: { pageCount, title: document.title(), labels, repaired: !document.hasValidXref } });
      return;
    }
    case 'extract': {
      for (let pageIndex = request.from; pageIndex < request.to; pageIndex++) reply({ kind: 'page', page: extractPage(document, pageIndex) });
      reply({ kind: 'extracted' });
      return;
    }
    case 'geometry': {
      const result = document.withPage(request.pageIndex, (loaded) => {
        const toRaw = rawOffsetMapper(loaded.rawText());
        const rects = loaded.spanRects(request.spans.map(([start, end]) => [toRaw(start), toRaw(end - 1) + 1]));
        const regionText = request.region ? storedPageText(loaded.textInRect(request.region)) : null;
        return { rects, regionText };
      });
      reply({ kind: 'geometry', result });
      return;
    }
  }
}

port.on('message', (request: WorkerRequest) => {
  serve(request).catch((error: unknown) => {
    if (error instanceof PdfFailure) reply({ kind: 'failed', code: error.code, message: error.message });
    // Anything else (a PDFium abort) leaves the engine in an unknown state: the pool replaces this worker.
    else throw error;
  });
});
