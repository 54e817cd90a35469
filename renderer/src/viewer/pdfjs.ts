/**
 * pdf.js, set up once for the whole app, hardened (issue 7): the PDF's own JavaScript is never run (no
 * scripting manager, eval off), XFA forms are not rendered, form fields are drawn but not interactive,
 * annotation editing is off, and the worker and every file pdf.js loads on demand come from the app's own
 * origin (/pdfjs/, copied there at build time by vite.config.ts). Links are handled in ViewerSession.
 */
import * as pdfjsLib from 'pdfjs-dist';
// pdf_viewer.mjs reads the library from globalThis.pdfjsLib, which the import above has set.
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import 'pdfjs-dist/web/pdf_viewer.css';
import { pdfWorker } from './pdfWorker';

export type { PDFDocumentProxy, PDFPageProxy, PageViewport } from 'pdfjs-dist';
export { EventBus, PDFFindController, PDFLinkService, PDFViewer };
export const { AnnotationEditorType, AnnotationMode, PasswordResponses } = pdfjsLib;

// The app's one worker (often started already, while this code loaded: documents/preloadDocument.ts), given
// to every load: a load that pdf.js gives a worker of its own would take the shared one down when destroyed.
const worker = pdfjsLib.PDFWorker.create({ port: pdfWorker() });

/** Starts loading a PDF from a URL of the app's origin (pdfLoads.ts starts them). */
export function loadPdf(url: string): pdfjsLib.PDFDocumentLoadingTask {
  return pdfjsLib.getDocument({
    url,
    worker,
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: '/pdfjs/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: '/pdfjs/standard_fonts/',
    wasmUrl: '/pdfjs/wasm/',
    iccUrl: '/pdfjs/iccs/',
    // The file streams in while byte ranges fetch what the first page needs: a 1,000-page manual opens at once.
    rangeChunkSize: 256 * 1024,
  });
}
