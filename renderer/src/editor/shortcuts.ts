/** The cell's keyboard shortcuts, matched and shown like the rest of the app's (patents/shortcuts.ts). */
import type { KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { matchesShortcut, shortcutText, type Shortcut } from '../patents/shortcuts';
import { toggleList, toggleMark, type ListType, type Mark } from './commands';

export const markShortcuts: Readonly<Record<Mark, Shortcut>> = {
  bold: { key: 'b', mod: true },
  italic: { key: 'i', mod: true },
  underline: { key: 'u', mod: true },
};

/** As in Word and Google Docs: Ctrl/⌘ + Shift + 8 for bullets, + 7 for numbers. */
export const listShortcuts: Readonly<Record<ListType, Shortcut>> = {
  'bulleted-list': { key: '8', mod: true, shift: true },
  'numbered-list': { key: '7', mod: true, shift: true },
};

/** "Cite…": the picker of the matter's excerpts, for a chip at the caret (Ctrl/⌘+K alone is a link in Word). */
export const citeShortcut: Shortcut = { key: 'k', mod: true, shift: true };

export const shortcutHint = (label: string, shortcut: Shortcut) => `${label} (${shortcutText(shortcut)})`;

/** Shift changes the character a digit key types ("&" for 7): digits are matched by the physical key. */
const asTyped = (event: KeyboardEvent) => ({
  key: /^Digit\d$/.test(event.code) ? event.code.slice(5) : event.key,
  code: event.code,
  altKey: event.altKey,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  shiftKey: event.shiftKey,
});

/** Runs the command bound to the key, if any; true when the key was used. */
export function handleCellShortcut(editor: Editor, event: KeyboardEvent): boolean {
  const typed = asTyped(event);
  for (const [mark, shortcut] of Object.entries(markShortcuts) as [Mark, Shortcut][]) {
    if (matchesShortcut(typed, shortcut)) {
      toggleMark(editor, mark);
      return true;
    }
  }
  for (const [list, shortcut] of Object.entries(listShortcuts) as [ListType, Shortcut][]) {
    if (matchesShortcut(typed, shortcut)) {
      toggleList(editor, list);
      return true;
    }
  }
  return false;
}
