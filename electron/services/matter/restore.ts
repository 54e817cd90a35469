import { copyFileSync, renameSync, rmSync } from 'node:fs';
import type { MatterSummary } from '../../../shared/domain/matter';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app-context';
import { assertIsBackupOf, makeBackup } from './backups';

/**
 * Puts a backup in place of the open matter. The current state is backed up first (so a restore can be
 * undone by restoring that), the connection is closed, stale -wal/-shm files are removed so they cannot
 * be replayed onto the restored file, and the backup is copied in under a temporary name and renamed.
 */
export async function restoreBackup(ctx: AppContext, backupPath: string): Promise<MatterSummary> {
  const { path, readOnly, db } = ctx.session.current;
  if (readOnly) throw new AppError('read-only', 'This matter is open read-only here; restore it from the window that edits it.');
  assertIsBackupOf(ctx.dataDir, path, backupPath);
  await ctx.backups.idle();
  // Take the backup aside first: the safety backup below may rotate it out of the folder.
  const incoming = `${path}.restoring`;
  copyFileSync(backupPath, incoming);
  await makeBackup(db, ctx.dataDir, path);
  ctx.session.close();
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  renameSync(incoming, path);
  const summary = ctx.session.openFile(path);
  ctx.events.publish('matter.changed', { reason: 'restored' });
  return summary;
}
