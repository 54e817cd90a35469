/**
 * The figure workers of one export: a thread per core (two at most) running figure-worker.js. When the
 * worker is not built beside the running code (the tests run the sources), figures are prepared on this
 * thread instead: the same function, only slower.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FigureReply, FigureRequest } from './figure-protocol';
import { imageForPrint, type PrintImage } from './print-image';

const MAX_WORKERS = 2;

export interface FigurePreparer {
  prepare(bytes: Uint8Array, widthInches: number): Promise<PrintImage>;
  /** How many figures to keep in flight. */
  readonly parallelism: number;
  close(): Promise<void>;
}

/** Next to the running bundle (dist/node/main.js, cli.js, browser-mode.js). */
export const builtFigureWorker = new URL('./figure-worker.js', import.meta.url);

export function startFigurePreparer(workerPath: string | URL = builtFigureWorker): FigurePreparer {
  const file = workerPath instanceof URL ? fileURLToPath(workerPath) : workerPath;
  if (!existsSync(file)) return { prepare: imageForPrint, parallelism: 4, close: async () => {} };
  return new FigureWorkerPool(file, Math.min(MAX_WORKERS, availableParallelism()));
}

class FigureWorkerPool implements FigurePreparer {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (image: PrintImage) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(file: string, count: number) {
    this.workers = Array.from({ length: count }, () => {
      // A runaway heap ends the worker, not the app.
      const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      worker.on('message', (reply: FigureReply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      return worker;
    });
  }

  get parallelism(): number {
    return this.workers.length * 2; // one working, one waiting, per thread
  }

  prepare(bytes: Uint8Array, widthInches: number): Promise<PrintImage> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, bytes, widthInches } satisfies FigureRequest);
    });
  }

  /** Stops the threads; figures still being prepared are refused. */
  async close(): Promise<void> {
    this.failAll(new Error('The figure workers were stopped.'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(reply: FigureReply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(`A figure could not be prepared: ${reply.error}`));
    else waiting?.resolve(reply.image);
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
