import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { closeMatter, createAppContext, type AppContext } from '../services/app-context';
import { createHandlers } from '../services/handlers';
import { inProcessClient } from '../services/rpc/dispatch';

/**
 * The CLI works on a matter through the same handler table as the app: open it in an in-process context,
 * run `work` with a typed client, close it whatever happens.
 */
export async function withMatter<T>(
  file: string,
  options: { readOnly?: boolean },
  work: (call: ReturnType<typeof inProcessClient>, ctx: AppContext) => Promise<T>,
): Promise<T> {
  const ctx = newContext();
  ctx.session.openFile(resolve(file), { readOnly: options.readOnly });
  try {
    return await work(inProcessClient(createHandlers(ctx)), ctx);
  } finally {
    await closeMatter(ctx);
  }
}

export function newContext(): AppContext {
  return createAppContext({ dataDir: process.env.CLAIMCHART_HOME ?? tmpdir(), transport: 'in-process' });
}
