/**
 * The main-thread side of extraction: worker threads running extract-worker.js, a per-document deadline,
 * cancellation, and a large document's pages spread over the workers in chunks. Stopping a document
 * (timeout, cancel, a crashed engine) terminates its workers; fresh ones are started for the next.
 */
import { Worker } from 'node:worker_threads';
import { CANCELLED, ImportRefused } from './refusal';
import type {
  DocumentRef,
  ExtractedPage,
  ExtractWorkerData,
  GeometryResult,
  ProbeResult,
  WorkerReply,
  WorkerRequest,
} from './extract-protocol';
import { compiledPdfium, type WasmModule } from './pdfium-wasm';

type FinalReply = Exclude<WorkerReply, { kind: 'page' }>;

/** One worker thread, serving one request at a time. */
class ExtractorWorker {
  private readonly worker: Worker;
  private pending: { settle: (reply: FinalReply | Error) => void; onPage?: (page: ExtractedPage) => void } | undefined;
  private exited = false;

  constructor(path: string | URL, workerData: ExtractWorkerData) {
    // A runaway JavaScript heap ends this worker, not the app.
    this.worker = new Worker(path, { workerData, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    this.worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'page') this.pending?.onPage?.(reply.page);
      else this.settle(reply);
    });
    this.worker.on('error', (error) => this.settle(new ImportRefused('damaged-pdf', `The PDF engine failed on this file (${error.message}).`)));
    this.worker.on('exit', () => {
      this.exited = true;
      this.settle(new ImportRefused('damaged-pdf', 'The PDF engine stopped while reading this file.'));
    });
  }

  get alive(): boolean {
    return !this.exited;
  }

  call(request: WorkerRequest, signal: AbortSignal, onPage?: (page: ExtractedPage) => void): Promise<FinalReply> {
    if (this.pending) throw new Error('extractor worker is busy');
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.settle(signal.reason instanceof Error ? signal.reason : CANCELLED);
        void this.terminate();
      };
      this.pending = {
        onPage,
        settle: (reply) => {
          signal.removeEventListener('abort', onAbort);
          if (reply instanceof Error) reject(reply);
          else resolve(reply);
        },
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.worker.postMessage(request);
    });
  }

  async terminate(): Promise<void> {
    this.exited = true;
    await this.worker.terminate();
  }

  private settle(reply: FinalReply | Error): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.settle(reply);
  }
}

function answer<K extends FinalReply['kind']>(reply: FinalReply, kind: K): Extract<FinalReply, { kind: K }> {
  if (reply.kind === 'failed') throw new ImportRefused(reply.code, reply.message);
  if (reply.kind !== kind) throw new Error(`extractor worker answered ${reply.kind} to a ${kind} request`);
  return reply as Extract<FinalReply, { kind: K }>;
}

/** Documents with fewer pages are read by one worker: splitting costs a second parse of the file. */
const SPLIT_FROM_PAGES = 48;
/** Each worker holds its own copy of the file in PDFium's heap; a file larger than this gets one worker. */
const SPLIT_UP_TO_BYTES = 128 * 1024 * 1024;
const MAX_CHUNK_PAGES = 50;

/** Page ranges [from, to) small enough that two workers finish close together. */
function pageChunks(pageCount: number, workers: number): [number, number][] {
  const size = Math.max(1, Math.min(MAX_CHUNK_PAGES, Math.ceil(pageCount / (workers * 4))));
  const chunks: [number, number][] = [];
  for (let from = 0; from < pageCount; from += size) chunks.push([from, Math.min(pageCount, from + size)]);
  return chunks;
}

export interface ExtractedDocument extends ProbeResult {
  readonly pages: ExtractedPage[];
}

export interface ExtractOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  readonly onProbed?: (probe: ProbeResult) => void;
  readonly onPage?: (pagesDone: number) => void;
}

/** Runs `work` with a signal that fires on the caller's cancel, on `stop(reason)`, or when time runs out. */
async function withDeadline<T>(
  outer: AbortSignal | undefined,
  timeoutMs: number,
  work: (signal: AbortSignal, stop: (reason: unknown) => void) => Promise<T>,
): Promise<T> {
  const local = new AbortController();
  const timer = setTimeout(() => {
    const seconds = Math.round(timeoutMs / 1000);
    local.abort(new ImportRefused('timeout', `Reading this PDF took longer than ${seconds} s and was stopped; the file may be malformed.`));
  }, timeoutMs);
  try {
    return await work(outer ? AbortSignal.any([outer, local.signal]) : local.signal, (reason) => local.abort(reason));
  } finally {
    clearTimeout(timer);
  }
}

/** Up to `size` workers, started on first use and replaced after one is terminated. */
export class ExtractorPool {
  private readonly slots: (ExtractorWorker | undefined)[];

  constructor(
    private readonly workerPath: string | URL,
    size: number,
  ) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => undefined);
  }

  async extract(document: DocumentRef, options: ExtractOptions): Promise<ExtractedDocument> {
    const pdfium = await compiledPdfium();
    // Every worker starts its engine while the first one probes the file.
    this.slots.forEach((_, slot) => this.worker(slot, pdfium));
    return withDeadline(options.signal, options.timeoutMs, async (signal, stop) => {
      const probe = answer(await this.worker(0, pdfium).call({ kind: 'probe', document }, signal), 'probed').result;
      options.onProbed?.(probe);
      const split = probe.pageCount >= SPLIT_FROM_PAGES && document.bytes.length <= SPLIT_UP_TO_BYTES;
      const workers = split ? this.slots.length : 1;
      const chunks = pageChunks(probe.pageCount, workers);
      const pages: ExtractedPage[] = new Array(probe.pageCount);
      let done = 0;
      const onPage = (page: ExtractedPage) => {
        pages[page.pageIndex] = page;
        options.onPage?.(++done);
      };
      const drain = async (slot: number) => {
        for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
          const [from, to] = chunk;
          answer(await this.worker(slot, pdfium).call({ kind: 'extract', document, from, to }, signal, onPage), 'extracted');
        }
      };
      // One failing worker stops the others: the document is refused whole.
      await Promise.all(Array.from({ length: workers }, (_, slot) => drain(slot))).catch((error: unknown) => {
        stop(error);
        throw error;
      });
      return { ...probe, pages };
    });
  }

  async geometry(
    document: DocumentRef,
    request: Omit<Extract<WorkerRequest, { kind: 'geometry' }>, 'kind' | 'document'>,
    timeoutMs: number,
  ): Promise<GeometryResult> {
    const pdfium = await compiledPdfium();
    return withDeadline(undefined, timeoutMs, async (signal) =>
      answer(await this.worker(0, pdfium).call({ kind: 'geometry', document, ...request }, signal), 'geometry').result,
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((worker) => worker?.terminate()));
    this.slots.fill(undefined);
  }

  private worker(slot: number, pdfium: WasmModule): ExtractorWorker {
    let worker = this.slots[slot];
    if (!worker?.alive) {
      worker = new ExtractorWorker(this.workerPath, { pdfium });
      this.slots[slot] = worker;
    }
    return worker;
  }
}
