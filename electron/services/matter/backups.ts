/**
 * Rolling backups of the open matter: one when it opens for writing and one after every BACKUP_INTERVAL of
 * editing, keeping the last KEEP. Made with SQLite's online backup API (a consistent copy of a live
 * database, WAL included; never a copy of the live file), written under a temporary name and renamed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { AppError } from '../../../shared/errors';
import { BACKUP_INTERVAL_MS, KEEP_BACKUPS } from '../../../shared/domain/matter';
import type { Db } from '../db/open';

// In shared/ so the app's Backups dialog can say how often and how many.
export { BACKUP_INTERVAL_MS, KEEP_BACKUPS };

export interface BackupEntry {
  readonly path: string;
  readonly createdAt: string;
  readonly size: number;
}

/** Backups of one matter live in a folder named after the file and a hash of its full path. */
export function backupFolder(dataDir: string, matterPath: string): string {
  const tag = createHash('sha256').update(resolve(matterPath)).digest('hex').slice(0, 10);
  return join(dataDir, 'Backups', `${basename(matterPath, '.claimchart')}-${tag}`);
}

let sequence = 0;

/** Sortable and unique even for two backups in the same millisecond. */
function stamp(date: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${date.toISOString().replace(/[:.]/g, '-')}-${String(sequence).padStart(6, '0')}`;
}

export async function makeBackup(db: Db, dataDir: string, matterPath: string): Promise<BackupEntry> {
  const folder = backupFolder(dataDir, matterPath);
  mkdirSync(folder, { recursive: true });
  const createdAt = new Date();
  const target = join(folder, `${stamp(createdAt)}.claimchart`);
  const partial = `${target}.partial`;
  await db.backup(partial);
  renameSync(partial, target);
  for (const old of listBackups(dataDir, matterPath).slice(KEEP_BACKUPS)) rmSync(old.path, { force: true });
  return { path: target, createdAt: createdAt.toISOString(), size: statSync(target).size };
}

/** Newest first. */
export function listBackups(dataDir: string, matterPath: string): BackupEntry[] {
  const folder = backupFolder(dataDir, matterPath);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.claimchart'))
    .map((name) => {
      const path = join(folder, name);
      return { path, createdAt: statSync(path).mtime.toISOString(), size: statSync(path).size };
    })
    .sort((a, b) => b.path.localeCompare(a.path));
}

/** A backup path given back by the renderer must be one of this matter's backups, nothing else. */
export function assertIsBackupOf(dataDir: string, matterPath: string, candidate: string): void {
  const folder = backupFolder(dataDir, matterPath);
  const resolved = resolve(candidate);
  if (!resolved.startsWith(folder + sep) || !listBackups(dataDir, matterPath).some((b) => b.path === resolved)) {
    throw new AppError('not-found', 'That is not one of this matter’s backups.');
  }
}

/** Schedules backups from the session's writes: at most one per interval, never two at once. */
export class BackupScheduler {
  private lastBackupAt = 0;
  private running: Promise<unknown> | undefined;

  constructor(private readonly run: () => Promise<unknown>, private readonly intervalMs = BACKUP_INTERVAL_MS) {}

  /** After an open: back up now. After a write: back up if the interval has passed. */
  nudge(force = false): void {
    if (this.running || (!force && Date.now() - this.lastBackupAt < this.intervalMs)) return;
    this.lastBackupAt = Date.now();
    this.running = this.run()
      .catch((error: unknown) => console.warn(`[backup] failed: ${(error as Error).message}`))
      .finally(() => (this.running = undefined));
  }

  /** Resolves when no backup is running (tests, shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }
}
