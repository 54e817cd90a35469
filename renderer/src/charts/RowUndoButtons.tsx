import { useSyncExternalStore } from 'react';
import { shortcuts } from '../patents/shortcuts';
import { RedoIcon, UndoIcon } from '../editor/icons';
import { shortcutHint } from '../editor/shortcuts';
import { IconButton } from '../ui/IconButton';
import type { RowHistory } from './rowHistory';

/** Undo and redo of row-level changes, naming the change each would revert or repeat. */
export function RowUndoButtons({ history, onUndo, onRedo }: { readonly history: RowHistory; readonly onUndo: () => void; readonly onRedo: () => void }) {
  const { undo, redo } = useSyncExternalStore(history.subscribe, history.getSnapshot);
  return (
    <span className="row-undo" role="group" aria-label="Row changes">
      <span className="row-undo__label" aria-hidden="true">
        Rows
      </span>
      <IconButton tooltip={shortcutHint(undo ? `Undo ${undo.what}` : 'Undo', shortcuts.undo)} isDisabled={!undo} onPress={onUndo}>
        <UndoIcon />
      </IconButton>
      <IconButton tooltip={shortcutHint(redo ? `Redo ${redo.what}` : 'Redo', shortcuts.redo)} isDisabled={!redo} onPress={onRedo}>
        <RedoIcon />
      </IconButton>
    </span>
  );
}
