/**
 * The matter currently open in this process. Handlers reach the database through here, so opening another
 * matter (menu, RPC, CLI) swaps the connection for everyone at once.
 */
import { AppError } from '../../../shared/errors';
import type { MatterSummary } from '../../../shared/domain/matter';
import { createMatterDb, openMatterDb, type Db } from '../db/open';
import { insertMatterRow, readMatterSummary, type MatterFields } from './repository';

export interface OpenMatter {
  readonly db: Db;
  readonly path: string;
  readonly readOnly: boolean;
}

export class MatterSession {
  private open: OpenMatter | undefined;

  constructor(private readonly nativeBinding?: string) {}

  get current(): OpenMatter {
    if (!this.open) throw new AppError('no-matter-open', 'No matter is open. Open or create a matter first.');
    return this.open;
  }

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  summary(): MatterSummary {
    const { db, path, readOnly } = this.current;
    return readMatterSummary(db, path, readOnly);
  }

  openFile(path: string, options: { readOnly?: boolean } = {}): MatterSummary {
    const db = openMatterDb(path, { readOnly: options.readOnly, nativeBinding: this.nativeBinding });
    this.replace({ db, path, readOnly: options.readOnly ?? false });
    return this.summary();
  }

  createFile(path: string, fields: MatterFields, seed?: (db: Db) => void): MatterSummary {
    const db = createMatterDb(path, { nativeBinding: this.nativeBinding });
    try {
      db.transaction(() => {
        insertMatterRow(db, fields);
        seed?.(db);
      })();
    } catch (error) {
      db.close();
      throw error;
    }
    this.replace({ db, path, readOnly: false });
    return this.summary();
  }

  /** Runs `work` in one write transaction on the open matter. */
  write<T>(work: (db: Db) => T): T {
    const { db, readOnly } = this.current;
    if (readOnly) throw new AppError('read-only', 'This matter is open read-only; the change was not saved.');
    return db.transaction(work).immediate(db);
  }

  close(): void {
    this.open?.db.close();
    this.open = undefined;
  }

  private replace(next: OpenMatter): void {
    this.close();
    this.open = next;
  }
}
