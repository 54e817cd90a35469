/**
 * Undo and redo of row-level changes (a status, the equivalents, the note, evidence added from the panel):
 * each entry holds the fields before and after, and undoing re-sends the previous values through the
 * autosave. Typing inside a cell has its own history in the cell's editor (slate-history).
 */
import type { CellPatch } from '../../../shared/rpc/methods/charts';

export interface RowChange {
  readonly limitationId: number;
  readonly label: string;
  /** What the change was ("status", "note"), for the undo button's tooltip. */
  readonly what: string;
  readonly before: CellPatch;
  readonly after: CellPatch;
}

const LIMIT = 200;

export class RowHistory {
  private undos: RowChange[] = [];
  private redos: RowChange[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot = { undo: undefined as RowChange | undefined, redo: undefined as RowChange | undefined };

  record(change: RowChange): void {
    this.undos = [...this.undos.slice(-(LIMIT - 1)), change];
    this.redos = [];
    this.changed();
  }

  /** The change to revert (its `before` is to be applied), taken off the undo stack. */
  undo(): RowChange | undefined {
    const change = this.undos.at(-1);
    if (!change) return undefined;
    this.undos = this.undos.slice(0, -1);
    this.redos = [...this.redos, change];
    this.changed();
    return change;
  }

  /** The change to apply again (its `after`). */
  redo(): RowChange | undefined {
    const change = this.redos.at(-1);
    if (!change) return undefined;
    this.redos = this.redos.slice(0, -1);
    this.undos = [...this.undos, change];
    this.changed();
    return change;
  }

  /** The next change undo and redo would take, for the buttons. */
  getSnapshot = () => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.snapshot = { undo: this.undos.at(-1), redo: this.redos.at(-1) };
    for (const listener of this.listeners) listener();
  }
}
