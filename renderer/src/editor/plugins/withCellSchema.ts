import { Editor, Element, Node, Text, Transforms } from 'slate';

const emptyParagraph = () => ({ type: 'paragraph' as const, children: [{ text: '' }] });

/**
 * The cell's outline: blocks at the top level, inline content inside paragraphs and list items. Each rule
 * fixes one thing and returns; Slate normalizes again until nothing is left to fix.
 */
export function withCellSchema(editor: Editor): Editor {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Editor.isEditor(node)) {
      if (node.children.length === 0) {
        Transforms.insertNodes(editor, emptyParagraph(), { at: [0] });
        return;
      }
      for (const [child, childPath] of Node.children(editor, path)) {
        // Text or a chip left at the top level (a paste, a merge): it belongs in a paragraph.
        if (Text.isText(child) || Editor.isInline(editor, child)) {
          Transforms.wrapNodes(editor, emptyParagraph(), { at: childPath });
          return;
        }
      }
    }
    if (Element.isElement(node) && (node.type === 'paragraph' || node.type === 'list-item')) {
      for (const [child, childPath] of Node.children(editor, path)) {
        // A block inside a line of text is lifted out beside it (splitting the line).
        if (Element.isElement(child) && !Editor.isInline(editor, child)) {
          Transforms.liftNodes(editor, { at: childPath });
          return;
        }
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
