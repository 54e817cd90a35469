import type { Editor } from 'slate';
import type { CitableExcerpt } from '../../../shared/chart/append-evidence';
import type { CellContent } from '../../../shared/chart/cell-schema';
import type { CellPatch } from '../../../shared/rpc/methods/charts';
import type { EditStart } from '../editor/CellEditor';
import type { RowChange } from './rowHistory';

/** What a row may do to the chart: one stable object shared by every row, so rows re-render only for their own data. */
export interface RowActions {
  /** The row the user works in (find evidence, cite in current row follow it). */
  focus(limitationId: number): void;
  /** Opens the row's cell for editing, the caret at `start`. */
  edit(limitationId: number, start: EditStart): void;
  /** Closes the cell being edited (Escape). */
  stopEditing(): void;
  /** The editing cell's content after each change (saved, and undone by the cell's own history). */
  draftContent(limitationId: number, content: CellContent): void;
  setEditor(editor: Editor | null): void;
  /** Applies and saves fields without recording an undo step (a field being typed in). */
  setFields(limitationId: number, patch: CellPatch): void;
  /** Records an undo step for fields already applied. */
  record(change: RowChange): void;
  /** Applies, saves and records. */
  change(limitationId: number, after: CellPatch, what: string): void;
  /** An excerpt dropped on the row outside its editor: appended to the cell. */
  cite(limitationId: number, excerpt: CitableExcerpt): void;
  /** A citation chip for the excerpt: at the caret of the cell being edited, else at the end of its last line. */
  insertCite(limitationId: number, excerptId: number): void;
  /** Writes pending changes now (focus left the row). */
  flush(): void;
}
