/**
 * Everything a handler may use: the open matter, the user data folder and the event hub. One context per
 * process (Electron main, browser-mode server, CLI, a test), built by createAppContext.
 */
import { existsSync } from 'node:fs';
import { EventHub } from './events';
import { BackupScheduler, makeBackup } from './matter/backups';
import { readRecent, rememberRecent } from './matter/recent';
import { createSampleMatter, sampleMatterPath } from './matter/sample-matter';
import { MatterSession } from './matter/session';

export type Transport = 'electron' | 'browser' | 'in-process';

export interface AppContext {
  readonly version: string;
  readonly transport: Transport;
  readonly dataDir: string;
  readonly session: MatterSession;
  readonly events: EventHub;
  readonly backups: BackupScheduler;
  /** Hands an http(s) URL to the system browser (Electron's shell, or the OS opener in browser mode). */
  readonly openExternal: ((url: string) => Promise<void>) | undefined;
}

export const APP_VERSION = '0.1.0';

export function createAppContext(options: {
  dataDir: string;
  transport: Transport;
  nativeBinding?: string;
  backupIntervalMs?: number;
  openExternal?: (url: string) => Promise<void>;
}): AppContext {
  const session = new MatterSession(options.nativeBinding);
  const backups = new BackupScheduler(() => {
    const { db, path } = session.current;
    return makeBackup(db, options.dataDir, path);
  }, options.backupIntervalMs);
  session.onWrite(() => backups.nudge());
  return {
    version: APP_VERSION,
    transport: options.transport,
    dataDir: options.dataDir,
    session,
    events: new EventHub(),
    backups,
    openExternal: options.openExternal,
  };
}

/** Records a matter as just opened (recent list, a first backup) and tells every window. */
export function noteMatterOpened(ctx: AppContext): void {
  const summary = ctx.session.summary();
  rememberRecent(ctx.dataDir, { path: summary.path, name: summary.name });
  if (!summary.readOnly) ctx.backups.nudge(true);
  ctx.events.publish('matter.changed', { reason: 'opened' });
}

/** Closes the open matter once a backup in progress has finished (a backup reads the connection). */
export async function closeMatter(ctx: AppContext): Promise<void> {
  await ctx.backups.idle();
  ctx.session.close();
}

/**
 * Opens what the user last worked on: the most recent matter that still opens, else the sample matter
 * (created on first run).
 */
export function openInitialMatter(ctx: AppContext): void {
  for (const recent of readRecent(ctx.dataDir)) {
    if (!existsSync(recent.path)) continue;
    try {
      ctx.session.openFile(recent.path);
      noteMatterOpened(ctx);
      return;
    } catch (error) {
      console.warn(`[startup] could not reopen ${recent.path}: ${(error as Error).message}`);
    }
  }
  const samplePath = sampleMatterPath(ctx.dataDir);
  if (existsSync(samplePath)) ctx.session.openFile(samplePath);
  else createSampleMatter(ctx.session, ctx.dataDir);
  noteMatterOpened(ctx);
}
