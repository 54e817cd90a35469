import { existsSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { quoteSqlString } from '../db/open';
import { noteMatterOpened, type AppContext } from '../app-context';
import type { HandlerGroup } from '../rpc/handler-table';
import { listBackups } from './backups';
import { readRecent, renameRecent } from './recent';
import { restoreBackup } from './restore';
import { listCharts, listDocuments, listPatents, listProducts, updateMatterDetails } from './repository';

export function matterHandlers(ctx: AppContext): HandlerGroup {
  return {
    'app.info': () => ({ version: ctx.version, transport: ctx.transport }),
    'app.openExternal': async ({ url }) => {
      if (!ctx.openExternal) return { opened: false };
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
        throw new AppError('invalid-input', 'Only web (http or https) links can be opened.');
      }
      await ctx.openExternal(parsed.href);
      return { opened: true };
    },
    'matter.current': () => ctx.session.summary(),
    'matter.overview': () => {
      const { db } = ctx.session.current;
      return {
        matter: ctx.session.summary(),
        patents: listPatents(db),
        products: listProducts(db),
        documents: listDocuments(db),
        charts: listCharts(db),
      };
    },
    'matter.recent': () => readRecent(ctx.dataDir),
    'matter.open': async ({ path }) => {
      await ctx.backups.idle();
      ctx.session.openFile(path);
      noteMatterOpened(ctx);
      return ctx.session.summary();
    },
    'matter.create': async ({ path, ...details }) => {
      await ctx.backups.idle();
      ctx.session.createFile(path, details);
      noteMatterOpened(ctx);
      return ctx.session.summary();
    },
    'matter.update': (update) => {
      ctx.session.write((db) => updateMatterDetails(db, update));
      if (update.name !== undefined) renameRecent(ctx.dataDir, ctx.session.current.path, update.name);
      // The title bar, the dashboard and the recent list show the name; every view reloads.
      ctx.events.publish('matter.changed', { reason: 'matter-details' });
      return ctx.session.summary();
    },
    'matter.saveCopy': ({ path }) => {
      if (existsSync(path)) throw new AppError('matter-exists', `A file already exists at ${path}.`);
      const tmp = `${path}.partial`;
      rmSync(tmp, { force: true });
      // VACUUM INTO writes a consistent copy of a live database, WAL included; then one atomic rename.
      ctx.session.current.db.exec(`VACUUM INTO ${quoteSqlString(tmp)}`);
      renameSync(tmp, path);
      return { path };
    },
    'matter.backups': () => listBackups(ctx.dataDir, ctx.session.current.path),
    'matter.restoreBackup': ({ path }) => restoreBackup(ctx, path),
  };
}
