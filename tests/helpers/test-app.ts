import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeMatter, createAppContext, openInitialMatter, type AppContext } from '../../electron/services/app-context';
import { createHandlers } from '../../electron/services/handlers';
import { inProcessClient } from '../../electron/services/rpc/dispatch';
import type { HandlerTable } from '../../electron/services/rpc/handler-table';

/** The PDF extraction worker as `npm test` builds it (the services run from TypeScript sources in tests). */
export const builtWorkerPath = resolve(__dirname, '../../dist/node/extract-worker.js');

export interface TestApp {
  readonly ctx: AppContext;
  readonly handlers: HandlerTable;
  readonly call: ReturnType<typeof inProcessClient>;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

/** The app's services in-process, on a fresh user data folder, with the sample matter open (first run). */
export function createTestApp(): TestApp {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimchart-app-'));
  const ctx = createAppContext({ dataDir, transport: 'in-process' });
  openInitialMatter(ctx);
  const handlers = createHandlers(ctx, { documents: { workerPath: builtWorkerPath } });
  return {
    ctx,
    handlers,
    call: inProcessClient(handlers),
    dataDir,
    async dispose() {
      await closeMatter(ctx);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
