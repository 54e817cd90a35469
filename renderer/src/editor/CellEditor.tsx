import { useEffect, useLayoutEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { Editor, type BaseRange } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { CellContent } from '../../../shared/chart/cell-schema';
import { matchesShortcut } from '../patents/shortcuts';
import { CellEditorContext } from './render/CellContext';
import { renderCellElement, renderCellLeaf } from './render/renderCell';
import { createCellEditor } from './createCellEditor';
import { LiveCellToolbar } from './CellToolbar';
import type { CitePickerControl } from './CitePicker';
import { insertCitation } from './commands';
import { citeShortcut, handleCellShortcut } from './shortcuts';
import './CellContent.css';

/** Where the caret goes when editing starts: where the read-only cell was clicked, or the end. */
export type EditStart = { readonly x: number; readonly y: number } | 'end';

interface CellEditorProps {
  readonly initialContent: CellContent;
  /** The cell's accessible name ("Evidence for [1a]"). */
  readonly label: string;
  readonly placeholder: string;
  /** Null: mounted without taking focus (the row became current by another of its controls). */
  readonly start: EditStart | null;
  /** Called for changes to the content, not for moves of the cursor. */
  readonly onContentChange: (content: CellContent) => void;
  /** The chart's handle on this editor while it is mounted ("Cite in current row" inserts at the cursor). */
  readonly onEditor: (editor: Editor | null) => void;
  readonly onEscape: () => void;
}

/** The cell as the editor starts with it: with a paragraph after a trailing figure (see withFigures). */
function withRoomAfterFigure(content: CellContent): CellContent {
  return content.at(-1)?.type === 'figure' ? [...content, { type: 'paragraph', children: [{ text: '' }] }] : content;
}

function rangeAtPoint(editor: Editor, x: number, y: number): BaseRange | null {
  const position = document.caretPositionFromPoint?.(x, y);
  const range = position ? null : document.caretRangeFromPoint?.(x, y);
  const node = position?.offsetNode ?? range?.startContainer;
  if (!node) return null;
  const point = ReactEditor.toSlatePoint(editor, [node, position?.offset ?? range!.startOffset], { exactMatch: false, suppressThrow: true });
  return point && { anchor: point, focus: point };
}

/** The one editable cell of a chart: Slate with the cell schema's plugins, a toolbar and the shortcuts. */
export function CellEditor({ initialContent, label, placeholder, start, onContentChange, onEditor, onEscape }: CellEditorProps) {
  const [editor] = useState(createCellEditor);

  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);

  // The read-only cell just replaced has the same layout: its click point is a place in this editor's text.
  // The selection is set before focusing, without an operation, so focus and caret arrive together.
  useLayoutEffect(() => {
    if (start === null) return;
    editor.selection = (start !== 'end' && rangeAtPoint(editor, start.x, start.y)) || Editor.range(editor, Editor.end(editor, []));
    ReactEditor.focus(editor);
  }, [editor]);

  // The cite picker (toolbar's Cite…, or the shortcut) takes focus; the caret stays where it was in the
  // cell, and focus goes back to it when the picker closes, unless the user has moved on to another control.
  const [citing, setCiting] = useState(false);
  const citePicker = useMemo<CitePickerControl>(() => {
    const onOpenChange = (open: boolean) => {
      setCiting(open);
      if (open) return;
      requestAnimationFrame(() => {
        if (document.activeElement === null || document.activeElement === document.body) ReactEditor.focus(editor);
      });
    };
    return {
      isOpen: citing,
      onOpenChange,
      onChoose(excerpt) {
        insertCitation(editor, excerpt.id);
        onOpenChange(false);
      },
    };
  }, [editor, citing]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    } else if (matchesShortcut(event, citeShortcut)) {
      event.preventDefault();
      setCiting(true);
    } else if (handleCellShortcut(editor, event)) {
      event.preventDefault();
    }
  };

  return (
    <Slate editor={editor} initialValue={withRoomAfterFigure(initialContent)} onValueChange={(value) => onContentChange(value as CellContent)}>
      <CellEditorContext.Provider value={editor}>
        <LiveCellToolbar label={`Formatting of ${label.toLowerCase()}`} citePicker={citePicker} />
        <div className="cell-editor">
          <Editable
            className="cell-content cell-content--editing"
            aria-label={label}
            aria-multiline
            placeholder={placeholder}
            renderElement={renderCellElement}
            renderLeaf={renderCellLeaf}
            onKeyDown={onKeyDown}
            disableDefaultStyles
          />
        </div>
      </CellEditorContext.Provider>
    </Slate>
  );
}
