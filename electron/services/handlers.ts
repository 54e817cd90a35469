/** The handler table: every domain's handlers, bound to one application context. */
import type { AppContext } from './app-context';
import { matterHandlers } from './matter/handlers';
import { patentHandlers } from './patents/handlers';
import { buildHandlerTable, type HandlerTable } from './rpc/handler-table';

export function createHandlers(ctx: AppContext): HandlerTable {
  return buildHandlerTable(matterHandlers(ctx), patentHandlers(ctx));
}
