/** The claims view's keyboard shortcuts: matched in one place, and shown the platform's way in tooltips. */

export interface Shortcut {
  /** `event.key` of the unmodified key: a letter, or a name such as "F2". */
  readonly key: string;
  readonly mod?: boolean;
  readonly alt?: boolean;
  readonly shift?: boolean;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export const shortcuts = {
  split: { key: 's', alt: true },
  merge: { key: 'm', alt: true },
  relabel: { key: 'F2' },
  undo: { key: 'z', mod: true },
  redo: { key: 'z', mod: true, shift: true },
  /** Redo's second binding on Windows and Linux, where Ctrl+Y is the habit. */
  redoAlternative: { key: 'y', mod: true },
} as const satisfies Record<string, Shortcut>;

/** What matching needs of a key event: a DOM one or React's. */
type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

export function matchesShortcut(event: KeyPress, shortcut: Shortcut): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (mod !== Boolean(shortcut.mod) || otherMod || event.altKey !== Boolean(shortcut.alt) || event.shiftKey !== Boolean(shortcut.shift)) {
    return false;
  }
  if (event.key.toLowerCase() === shortcut.key.toLowerCase()) return true;
  // Option+letter types another character on a Mac (⌥S is ß): the physical key decides.
  return shortcut.key.length === 1 && event.code === `Key${shortcut.key.toUpperCase()}`;
}

/** "⌥S" on a Mac, "Alt+S" elsewhere. */
export function shortcutText(shortcut: Shortcut): string {
  const key = shortcut.key.toUpperCase();
  if (isMac) return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${key}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The same, in the form `aria-keyshortcuts` takes ("Alt+S", "Meta+Z"). */
export function ariaKeyShortcut(shortcut: Shortcut): string {
  return [shortcut.mod && (isMac ? 'Meta' : 'Control'), shortcut.alt && 'Alt', shortcut.shift && 'Shift', shortcut.key.toUpperCase()]
    .filter(Boolean)
    .join('+');
}

export const redoShortcuts: readonly Shortcut[] = isMac ? [shortcuts.redo] : [shortcuts.redo, shortcuts.redoAlternative];
