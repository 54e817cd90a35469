/** The handler table: every domain's handlers, bound to one application context. */
import type { AppContext } from './app-context';
import { chartHandlers } from './charts/handlers';
import { documentHandlers } from './documents/handlers';
import { defaultDocumentOptions, type DocumentOptions } from './documents/options';
import { excerptHandlers } from './excerpts/handlers';
import { exportHandlers } from './export/handlers';
import { matterHandlers } from './matter/handlers';
import { patentHandlers } from './patents/handlers';
import { productHandlers } from './products/handlers';
import { buildHandlerTable, type HandlerTable } from './rpc/handler-table';
import { searchHandlers } from './search/handlers';

export interface HandlerOptions {
  /** PDF services' settings; tests and the CLI's bundles point `workerPath` at the built worker. */
  readonly documents?: Partial<DocumentOptions>;
}

export function createHandlers(ctx: AppContext, options: HandlerOptions = {}): HandlerTable {
  const documents = { ...defaultDocumentOptions(), ...options.documents };
  return buildHandlerTable(
    matterHandlers(ctx),
    patentHandlers(ctx),
    chartHandlers(ctx),
    productHandlers(ctx),
    documentHandlers(ctx, documents),
    searchHandlers(ctx, documents),
    excerptHandlers(ctx, documents),
    exportHandlers(ctx),
  );
}
