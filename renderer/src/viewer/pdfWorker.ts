/**
 * The one pdf.js worker of the app, shared by every document. Started on its own (no pdf.js code needed
 * for that) as early as the app can tell a document will be opened: its start-up, parsing a megabyte of
 * script, then overlaps with loading the viewer's code instead of following it.
 */
let worker: Worker | undefined;

export function pdfWorker(): Worker {
  worker ??= new Worker('/pdfjs/pdf.worker.min.mjs', { type: 'module' });
  return worker;
}
