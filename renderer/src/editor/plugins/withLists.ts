import { Editor, Element, Node, Path, Point, Range, Transforms } from 'slate';
import { isList, isListItem } from '../nodes';

/** The list item holding a collapsed cursor, if the cursor is at its start or the item is empty. */
function listItemAtCursor(editor: Editor, { atStart }: { atStart: boolean }): Path | undefined {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return undefined;
  const entry = Editor.above(editor, { match: isListItem });
  if (!entry) return undefined;
  const [item, path] = entry;
  const empty = Node.string(item) === '' && item.children.length === 1;
  return empty || (atStart && Point.equals(selection.anchor, Editor.start(editor, path))) ? path : undefined;
}

/** Turns a list item back into a paragraph, splitting the list around it. */
function liftOutOfList(editor: Editor, itemPath: Path): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: itemPath });
    Transforms.liftNodes(editor, { at: itemPath });
  });
}

/**
 * Bulleted and numbered lists, one level deep (the exported chart's lists are flat): Enter on an empty item
 * and Backspace at the start of one leave the list; lists hold only items; items live only in lists; two
 * lists of one kind side by side become one.
 */
export function withLists(editor: Editor): Editor {
  const { insertBreak, deleteBackward, normalizeNode } = editor;

  editor.insertBreak = () => {
    const path = listItemAtCursor(editor, { atStart: false });
    if (path && Node.string(Node.get(editor, path)) === '') liftOutOfList(editor, path);
    else insertBreak();
  };

  editor.deleteBackward = (unit) => {
    const path = listItemAtCursor(editor, { atStart: true });
    if (path) liftOutOfList(editor, path);
    else deleteBackward(unit);
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (isList(node)) {
      if (node.children.length === 0) {
        Transforms.removeNodes(editor, { at: path });
        return;
      }
      for (const [child, childPath] of Node.children(editor, path)) {
        if (isListItem(child)) continue;
        if (Element.isElement(child) && child.type === 'paragraph') Transforms.setNodes(editor, { type: 'list-item' }, { at: childPath });
        else Transforms.liftNodes(editor, { at: childPath });
        return;
      }
      const next = Path.next(path);
      if (Node.has(editor, next)) {
        const after = Node.get(editor, next);
        if (isList(after) && after.type === node.type) {
          Transforms.mergeNodes(editor, { at: next });
          return;
        }
      }
    }
    if (isListItem(node) && path.length > 0) {
      const parent = Node.parent(editor, path);
      if (!isList(parent)) {
        Transforms.wrapNodes(editor, { type: 'bulleted-list', children: [] }, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
