import { Editor, Node, Path, Text, Transforms } from 'slate';
import { isQuote } from '../nodes';

/**
 * Quote blocks hold one excerpt's words and nothing else: Enter leaves the quote for a new paragraph after
 * it (a quote is never split in two, each half claiming the whole excerpt), and anything but text that
 * lands inside one is dropped (a chip) or unwrapped to its words (a pasted paragraph).
 */
export function withQuotes(editor: Editor): Editor {
  const { insertBreak, insertSoftBreak, normalizeNode } = editor;

  const breakOut = (fallback: () => void) => () => {
    const quote = Editor.above(editor, { match: isQuote });
    if (!quote) {
      fallback();
      return;
    }
    const at = Path.next(quote[1]);
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at, select: true });
  };
  editor.insertBreak = breakOut(insertBreak);
  editor.insertSoftBreak = breakOut(insertSoftBreak);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (isQuote(node)) {
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Text.isText(child)) continue;
        // A chip or figure has no words of its own to keep; anything else keeps its words.
        if (Editor.isVoid(editor, child)) Transforms.removeNodes(editor, { at: childPath });
        else Transforms.unwrapNodes(editor, { at: childPath });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}

export function isInQuote(editor: Editor): boolean {
  return Editor.above(editor, { match: isQuote }) !== undefined;
}
