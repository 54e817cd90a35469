/**
 * Figure worker (built to dist/node/figure-worker.js beside the app's bundles): sizes region images for
 * print off the main thread, so a chart's sixty figures neither stall the app nor wait for one core.
 */
import { parentPort } from 'node:worker_threads';
import type { FigureReply, FigureRequest } from './figure-protocol';
import { imageForPrint } from './print-image';

const port = parentPort;
if (!port) throw new Error('figure-worker must run in a worker thread');

port.on('message', (request: FigureRequest) => {
  imageForPrint(request.bytes, request.widthInches).then(
    (image) => port.postMessage({ id: request.id, image } satisfies FigureReply),
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies FigureReply),
  );
});
