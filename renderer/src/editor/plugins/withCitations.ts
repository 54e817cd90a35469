import type { Editor } from 'slate';

/** Citation chips: inline voids, so the caret steps over a chip and its cite can never be typed into. */
export function withCitations(editor: Editor): Editor {
  const { isInline, isVoid } = editor;
  editor.isInline = (element) => element.type === 'citation' || isInline(element);
  editor.isVoid = (element) => element.type === 'citation' || isVoid(element);
  return editor;
}
