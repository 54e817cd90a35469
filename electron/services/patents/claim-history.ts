/**
 * Undo and redo for edits of a claim's split. Before each edit the claim's limitations, the chart cells on
 * them and those cells' citations are captured; undo puts that state back (ids included, so cells and
 * citations point where they did) and keeps the state it replaced for redo.
 */
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

interface ClaimSnapshot {
  readonly claimId: number;
  readonly preambleLimiting: number;
  readonly limitations: Record<string, unknown>[];
  readonly cells: Record<string, unknown>[];
  readonly citations: Record<string, unknown>[];
}

const MAX_STEPS = 100;

function capture(db: Db, claimId: number): ClaimSnapshot {
  const claim = stmt(db, 'SELECT preamble_limiting FROM claims WHERE id = ?').get(claimId) as { preamble_limiting: number } | undefined;
  if (!claim) throw new AppError('not-found', `There is no claim with id ${claimId}.`);
  return {
    claimId,
    preambleLimiting: claim.preamble_limiting,
    limitations: stmt(db, 'SELECT * FROM limitations WHERE claim_id = ? ORDER BY position').all(claimId) as Record<string, unknown>[],
    cells: stmt(db, 'SELECT c.* FROM cells c JOIN limitations l ON l.id = c.limitation_id WHERE l.claim_id = ?').all(claimId) as Record<string, unknown>[],
    citations: stmt(
      db,
      'SELECT cc.* FROM cell_citations cc JOIN cells c ON c.id = cc.cell_id JOIN limitations l ON l.id = c.limitation_id WHERE l.claim_id = ?',
    ).all(claimId) as Record<string, unknown>[],
  };
}

function insertRows(db: Db, table: string, rows: readonly Record<string, unknown>[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    // Column names come from our own SELECT * of the same table, never from input.
    stmt(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
      ...columns.map((c) => row[c]),
    );
  }
}

function restore(db: Db, snapshot: ClaimSnapshot): void {
  const { claimId } = snapshot;
  stmt(db, 'DELETE FROM cells WHERE limitation_id IN (SELECT id FROM limitations WHERE claim_id = ?)').run(claimId);
  stmt(db, 'DELETE FROM limitations WHERE claim_id = ?').run(claimId);
  insertRows(db, 'limitations', snapshot.limitations);
  insertRows(db, 'cells', snapshot.cells);
  insertRows(db, 'cell_citations', snapshot.citations);
  stmt(db, 'UPDATE claims SET preamble_limiting = ? WHERE id = ?').run(snapshot.preambleLimiting, claimId);
}

export class ClaimEditHistory {
  private readonly undoStack: ClaimSnapshot[] = [];
  private readonly redoStack: ClaimSnapshot[] = [];

  /** Runs an edit of one claim, remembering the state before it. Call inside the write transaction. */
  edit<T>(db: Db, claimId: number, change: () => T): T {
    const before = capture(db, claimId);
    const result = change();
    this.undoStack.push(before);
    if (this.undoStack.length > MAX_STEPS) this.undoStack.shift();
    this.redoStack.length = 0;
    return result;
  }

  /** Undoes the last edit; returns the claim it touched. */
  undo(db: Db): number {
    return this.swap(db, this.undoStack, this.redoStack, 'undo');
  }

  redo(db: Db): number {
    return this.swap(db, this.redoStack, this.undoStack, 'redo');
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }

  private swap(db: Db, from: ClaimSnapshot[], to: ClaimSnapshot[], what: string): number {
    const snapshot = from.at(-1);
    if (!snapshot) throw new AppError('conflict', `There is no claim edit to ${what}.`);
    const current = capture(db, snapshot.claimId);
    restore(db, snapshot);
    // The stacks change only once the restore has succeeded.
    from.pop();
    to.push(current);
    return snapshot.claimId;
  }
}
