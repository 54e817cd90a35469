/** What the toolbar, the shortcuts and the evidence panel do to a cell: marks, lists, evidence. */
import { Editor, Element, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { evidenceBlocks, type CitableExcerpt } from '../../../shared/chart/append-evidence';
import type { FigureElement } from '../../../shared/chart/cell-schema';
import { isList, type ListType } from './nodes';

export type Mark = 'bold' | 'italic' | 'underline';
export type { ListType };

export function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

export function isListActive(editor: Editor, type: ListType): boolean {
  if (!editor.selection) return false;
  const [match] = Editor.nodes(editor, { at: Editor.unhangRange(editor, editor.selection), match: (n) => isList(n) && n.type === type });
  return match !== undefined;
}

/** Selected paragraphs become items of a list of `type`; items of such a list become paragraphs again. Quotes and figures stay. */
export function toggleList(editor: Editor, type: ListType): void {
  const active = isListActive(editor, type);
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { match: isList, split: true });
    Transforms.setNodes(
      editor,
      { type: active ? 'paragraph' : 'list-item' },
      { match: (n) => Element.isElement(n) && (n.type === 'paragraph' || n.type === 'list-item') },
    );
    if (!active) {
      Transforms.wrapNodes(editor, { type, children: [] }, { match: (n) => Element.isElement(n) && n.type === 'list-item' });
    }
  });
}

/**
 * Brings an excerpt into the cell as the chart's "cite" does (a quote, which shows its own cite, and an
 * empty paragraph for commentary, or a figure), after the top-level block holding the cursor — in place
 * of it when it is an empty paragraph — or at the end when the cell has no cursor.
 */
export function insertEvidence(editor: Editor, excerpt: CitableExcerpt): void {
  const blocks = evidenceBlocks(excerpt);
  const current = editor.selection ? editor.selection.anchor.path[0]! : editor.children.length - 1;
  const block = editor.children[current];
  const replacing = block !== undefined && Element.isElement(block) && block.type === 'paragraph' && Editor.isEmpty(editor, block);
  const at = replacing ? current : current + 1;
  Editor.withoutNormalizing(editor, () => {
    if (replacing) Transforms.removeNodes(editor, { at: [current] });
    Transforms.insertNodes(editor, blocks, { at: [at], select: false });
  });
  Transforms.select(editor, Editor.end(editor, [at + blocks.length - 1]));
}

export function setFigureCaption(editor: Editor, figure: FigureElement, caption: string): void {
  Transforms.setNodes(editor, { caption }, { at: ReactEditor.findPath(editor, figure) });
}

/** Moves a top-level quote or figure, with the cite it carries, one place up or down the cell (reordering the evidence). */
export function moveBlock(editor: Editor, block: Element, direction: -1 | 1): void {
  const [index] = ReactEditor.findPath(editor, block);
  const to = index! + direction;
  if (to >= 0 && to < editor.children.length) Transforms.moveNodes(editor, { at: [index!], to: [to] });
}

export function removeBlock(editor: Editor, block: Element): void {
  Transforms.removeNodes(editor, { at: ReactEditor.findPath(editor, block) });
}
