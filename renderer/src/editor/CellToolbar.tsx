import { createContext, useContext, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Toolbar } from 'react-aria-components';
import type { Editor } from 'slate';
import { useSlate } from 'slate-react';
import { shortcuts, shortcutText } from '../patents/shortcuts';
import { isListActive, isMarkActive, toggleList, toggleMark, type ListType, type Mark } from './commands';
import { BoldIcon, BulletedListIcon, ItalicIcon, NumberedListIcon, RedoIcon, UnderlineIcon, UndoIcon } from './icons';
import { CitePicker, type CitePickerControl } from './CitePicker';
import { citeShortcut, listShortcuts, markShortcuts, shortcutHint } from './shortcuts';
import './CellToolbar.css';

/**
 * Where the formatting toolbar goes: one place above the chart's rows, shared by whichever cell is being
 * edited, so starting to edit a cell moves nothing on screen (the click lands where it was aimed).
 */
export const CellToolbarHostContext = createContext<HTMLElement | null>(null);

interface ToolProps {
  readonly label: string;
  readonly pressed?: boolean;
  readonly disabled: boolean;
  readonly onPress: () => void;
  readonly children: ReactNode;
}

/** A plain button that leaves focus (and the selection) in the text, as Word's ribbon does. */
function Tool({ label, pressed, disabled, onPress, children }: ToolProps) {
  return (
    <button
      type="button"
      className="cell-toolbar__button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

const marks: readonly [Mark, string, ReactNode][] = [
  ['bold', 'Bold', <BoldIcon key="b" />],
  ['italic', 'Italic', <ItalicIcon key="i" />],
  ['underline', 'Underline', <UnderlineIcon key="u" />],
];
const lists: readonly [ListType, string, ReactNode][] = [
  ['bulleted-list', 'Bulleted list', <BulletedListIcon key="bl" />],
  ['numbered-list', 'Numbered list', <NumberedListIcon key="nl" />],
];

/** "Cite…": opens the picker of the matter's excerpts; like the other tools, it leaves focus in the text. */
function CiteTool({ picker }: { readonly picker: CitePickerControl | undefined }) {
  const ref = useRef<HTMLButtonElement>(null);
  const label = shortcutHint('Cite…', citeShortcut);
  return (
    <>
      <button
        ref={ref}
        type="button"
        className="cell-toolbar__button cell-toolbar__button--text"
        aria-label={label}
        title={`Insert a cite at the caret (${shortcutText(citeShortcut)})`}
        aria-haspopup="dialog"
        aria-expanded={picker?.isOpen ?? false}
        disabled={!picker}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => picker?.onOpenChange(true)}
      >
        Cite…
      </button>
      {picker && <CitePicker triggerRef={ref} {...picker} />}
    </>
  );
}

interface CellToolbarProps {
  readonly editor: Editor | null;
  readonly label: string;
  /** The cite picker of the cell being edited. */
  readonly citePicker?: CitePickerControl;
}

/** Formatting, cites and undo for the cell being edited; every button disabled while no cell is. */
export function CellToolbar({ editor, label, citePicker }: CellToolbarProps) {
  const disabled = editor === null;
  return (
    <Toolbar className="cell-toolbar" aria-label={label}>
      {marks.map(([mark, name, icon]) => (
        <Tool key={mark} label={shortcutHint(name, markShortcuts[mark])} disabled={disabled} pressed={editor ? isMarkActive(editor, mark) : undefined} onPress={() => editor && toggleMark(editor, mark)}>
          {icon}
        </Tool>
      ))}
      <span className="cell-toolbar__separator" />
      {lists.map(([list, name, icon]) => (
        <Tool key={list} label={shortcutHint(name, listShortcuts[list])} disabled={disabled} pressed={editor ? isListActive(editor, list) : undefined} onPress={() => editor && toggleList(editor, list)}>
          {icon}
        </Tool>
      ))}
      <span className="cell-toolbar__separator" />
      <CiteTool picker={editor ? citePicker : undefined} />
      <span className="cell-toolbar__separator" />
      <Tool label={shortcutHint('Undo typing', shortcuts.undo)} disabled={!editor?.history.undos.length} onPress={() => editor?.undo()}>
        <UndoIcon />
      </Tool>
      <Tool label={shortcutHint('Redo typing', shortcuts.redo)} disabled={!editor?.history.redos.length} onPress={() => editor?.redo()}>
        <RedoIcon />
      </Tool>
    </Toolbar>
  );
}

/** The toolbar of the cell being edited, in the chart's toolbar place, following the cell's selection. */
export function LiveCellToolbar({ label, citePicker }: { readonly label: string; readonly citePicker: CitePickerControl }) {
  const editor = useSlate();
  const host = useContext(CellToolbarHostContext);
  return host && createPortal(<CellToolbar editor={editor} label={label} citePicker={citePicker} />, host);
}
