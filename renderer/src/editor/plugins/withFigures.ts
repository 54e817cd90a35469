import { Editor, Element, Transforms } from 'slate';

/**
 * Figures: block voids (a region excerpt's image); only their caption is edited, as a property. A figure
 * is never the cell's last block: an empty paragraph follows it, so the caret has somewhere to go after it.
 */
export function withFigures(editor: Editor): Editor {
  const { isVoid, normalizeNode } = editor;
  editor.isVoid = (element) => element.type === 'figure' || isVoid(element);
  editor.normalizeNode = (entry, options) => {
    const [node] = entry;
    if (Editor.isEditor(node)) {
      const last = node.children.at(-1);
      if (last && Element.isElement(last) && last.type === 'figure') {
        Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [node.children.length] });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
