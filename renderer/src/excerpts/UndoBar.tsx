import { Button } from 'react-aria-components';
import { IconButton } from '../ui/IconButton';
import { CloseIcon } from '../ui/icons';
import { dismissUndo, undoDelete, useLastDeleted } from './excerptActions';

/** "Excerpt deleted — Undo", above the list the excerpt went from, until undone or dismissed. */
export function UndoBar() {
  const deleted = useLastDeleted();
  if (!deleted) return null;
  return (
    <div className="undo-bar" role="status">
      <span className="undo-bar__text">
        Deleted the excerpt at <span className="undo-bar__cite">{deleted.cite}</span>
      </span>
      <Button className="button" onPress={() => void undoDelete()}>
        Undo
      </Button>
      <IconButton tooltip="Dismiss" onPress={dismissUndo}>
        <CloseIcon />
      </IconButton>
    </div>
  );
}
