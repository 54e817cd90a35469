import { useEffect, useRef } from 'react';
import { undoDelete } from '../excerpts/excerptActions';
import { isCommandKey } from './keyboard';

interface WorkspaceShortcuts {
  readonly onFind: () => void;
  readonly onAddExcerpt: () => void;
  readonly onCancelTool: () => void;
  readonly readOnly: boolean;
}

/** Ctrl/⌘ + F finds in the document, + E adds the selection as an excerpt, + Z restores a deleted excerpt. */
export function useWorkspaceShortcuts(shortcuts: WorkspaceShortcuts): void {
  const handlers = useRef(shortcuts);
  handlers.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      const { current } = handlers;
      if (isCommandKey(event, 'f')) {
        event.preventDefault();
        current.onFind();
      } else if (isCommandKey(event, 'e') && !current.readOnly) {
        event.preventDefault();
        current.onAddExcerpt();
      } else if (isCommandKey(event, 'z') && !typing && !current.readOnly) {
        event.preventDefault();
        void undoDelete();
      } else if (event.key === 'Escape' && !typing) {
        current.onCancelTool();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
