/** Keyboard commands: Ctrl on Windows and Linux, ⌘ on macOS, with no other modifier unless asked for. */
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function isCommandKey(event: KeyboardEvent, key: string, { shift = false } = {}): boolean {
  const command = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return command && !event.altKey && event.shiftKey === shift && event.key.toLowerCase() === key;
}
