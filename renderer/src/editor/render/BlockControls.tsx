import type { Element } from 'slate';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../../viewer/icons';
import { moveBlock, removeBlock } from '../commands';
import { useCellEditor } from './CellContext';

/** Move up, move down, remove: for a quote or figure of the cell being edited (not shown read-only). */
export function BlockControls({ block, what }: { readonly block: Element; readonly what: string }) {
  const editor = useCellEditor();
  if (!editor) return null;
  // Plain buttons that keep focus in the text: pressing one must not end the editing of the cell.
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();
  return (
    <span className="cell-block-controls">
      <button type="button" className="cell-block-controls__button" aria-label={`Move ${what} up`} title={`Move ${what} up`} onMouseDown={keepFocus} onClick={() => moveBlock(editor, block, -1)}>
        <ArrowUpIcon />
      </button>
      <button type="button" className="cell-block-controls__button" aria-label={`Move ${what} down`} title={`Move ${what} down`} onMouseDown={keepFocus} onClick={() => moveBlock(editor, block, 1)}>
        <ArrowDownIcon />
      </button>
      <button type="button" className="cell-block-controls__button" aria-label={`Remove ${what}`} title={`Remove ${what}`} onMouseDown={keepFocus} onClick={() => removeBlock(editor, block)}>
        <TrashIcon />
      </button>
    </span>
  );
}
