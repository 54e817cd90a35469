import type { AppContext } from '../app-context';
import type { HandlerGroup } from '../rpc/handler-table';
import { readPatentDetail } from './repository';

export function patentHandlers(ctx: AppContext): HandlerGroup {
  return {
    'patent.get': ({ id }) => {
      const summary = ctx.session.summary();
      return readPatentDetail(ctx.session.current.db, id, summary.labelScheme);
    },
  };
}
