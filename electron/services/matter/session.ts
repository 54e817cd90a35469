/**
 * The matter currently open in this process. Handlers reach the database through here, so opening another
 * matter (menu, RPC, CLI) swaps the connection for everyone at once.
 *
 * A matter opens read-only, with the reason shown to the user, when another window or process is already
 * writing it (see lock.ts) or when the file itself cannot be written.
 */
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { MatterSummary } from '../../../shared/domain/matter';
import { createMatterDb, openMatterDb, type Db } from '../db/open';
import { acquireMatterLock, type MatterLock } from './lock';
import { insertMatterRow, readMatterSummary, type MatterFields } from './repository';

export interface OpenMatter {
  readonly db: Db;
  readonly path: string;
  readonly readOnly: boolean;
  /** Why the matter is read-only, in words for the user; null when it is writable. */
  readonly readOnlyReason: string | null;
}

function unwritableReason(path: string): string | null {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return null;
  } catch {
    return 'The matter file (or its folder) is read-only on disk: changes cannot be saved. Save a copy elsewhere to edit.';
  }
}

/**
 * At rest a matter is one file: leaving WAL mode folds the -wal file back in and removes it, so the file can
 * be copied or mailed as it is, and read where it cannot be written (a WAL file needs its -shm beside it).
 * The next writer turns WAL on again.
 */
function restAsOneFile(db: Db): void {
  try {
    db.pragma('journal_mode = DELETE');
  } catch {
    // Another connection still reads it (a read-only window): it stays in WAL mode, which is as safe.
  }
}

const LOCKED_REASON =
  'This matter is open in another ClaimChart window or program, which is the one that saves changes. It is open here read-only.';

export class MatterSession {
  private open: (OpenMatter & { lock: MatterLock | null }) | undefined;
  private readonly writeListeners = new Set<() => void>();

  constructor(private readonly nativeBinding?: string) {}

  get current(): OpenMatter {
    if (!this.open) throw new AppError('no-matter-open', 'No matter is open. Open or create a matter first.');
    return this.open;
  }

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  summary(): MatterSummary {
    const { db, path, readOnly, readOnlyReason } = this.current;
    return { ...readMatterSummary(db, path, readOnly), readOnlyReason };
  }

  openFile(path: string, options: { readOnly?: boolean } = {}): MatterSummary {
    let readOnlyReason = options.readOnly ? 'Opened read-only.' : unwritableReason(path);
    const lock = readOnlyReason ? null : acquireMatterLock(path);
    if (!readOnlyReason && !lock) readOnlyReason = LOCKED_REASON;
    try {
      const db = openMatterDb(path, { readOnly: readOnlyReason !== null, nativeBinding: this.nativeBinding });
      this.replace({ db, path, readOnly: readOnlyReason !== null, readOnlyReason, lock });
    } catch (error) {
      lock?.release();
      throw error;
    }
    return this.summary();
  }

  createFile(path: string, fields: MatterFields, seed?: (db: Db) => void): MatterSummary {
    const db = createMatterDb(path, { nativeBinding: this.nativeBinding });
    const lock = acquireMatterLock(path);
    try {
      db.transaction(() => {
        insertMatterRow(db, fields);
        seed?.(db);
      })();
    } catch (error) {
      db.close();
      lock?.release();
      throw error;
    }
    this.replace({ db, path, readOnly: false, readOnlyReason: null, lock });
    return this.summary();
  }

  /** Runs `work` in one write transaction on the open matter. */
  write<T>(work: (db: Db) => T): T {
    const { db, readOnly, readOnlyReason } = this.current;
    if (readOnly) throw new AppError('read-only', `${readOnlyReason ?? 'This matter is open read-only.'} The change was not saved.`);
    const result = db.transaction(work).immediate(db);
    for (const listener of this.writeListeners) listener();
    return result;
  }

  /** Called after every committed write (the rolling backup schedules itself from this). */
  onWrite(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  close(): void {
    if (this.open && !this.open.readOnly) restAsOneFile(this.open.db);
    this.open?.db.close();
    this.open?.lock?.release();
    this.open = undefined;
  }

  private replace(next: OpenMatter & { lock: MatterLock | null }): void {
    this.close();
    this.open = next;
  }
}
