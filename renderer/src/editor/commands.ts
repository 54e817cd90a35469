/** What the toolbar, the shortcuts and the evidence panel do to a cell: marks, lists, evidence, cites. */
import { Editor, Element, Path, Range, Transforms, type Point } from 'slate';
import { ReactEditor } from 'slate-react';
import { citationChip, endsInWord, evidenceBlocks, type CitableExcerpt } from '../../../shared/chart/append-evidence';
import type { CitationElement, FigureElement, FormattedText } from '../../../shared/chart/cell-schema';
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

const isLine = (node: unknown): node is Element & { type: 'paragraph' | 'list-item' } =>
  Element.isElement(node) && (node.type === 'paragraph' || node.type === 'list-item');

/**
 * Where a chip goes: at the caret in a paragraph or list item; from a quote (which holds only its excerpt's
 * words) or a figure, at the start of the line after it (an empty paragraph put there if none is); with no
 * caret, at the end of the cell's last line, after a space when it ends in a word.
 */
function chipPlace(editor: Editor): Point {
  const { selection } = editor;
  if (selection) {
    const [line] = Editor.nodes(editor, { at: selection.anchor, match: isLine, mode: 'lowest' });
    if (line) return selection.anchor;
    const after = selection.anchor.path[0]! + 1;
    const next = editor.children[after];
    if (!(isLine(next) && Editor.isEmpty(editor, next))) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [after], select: false });
    }
    return Editor.start(editor, [after]);
  }
  const lastBlock = editor.children.at(-1);
  if (lastBlock === undefined || (!isLine(lastBlock) && !isList(lastBlock))) {
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [editor.children.length], select: false });
  }
  const end = Editor.end(editor, []);
  const [lastLine] = Editor.nodes(editor, { at: end, match: isLine, mode: 'lowest' });
  if (lastLine && endsInWord(lastLine[0].children as (FormattedText | CitationElement)[])) {
    Transforms.insertText(editor, ' ', { at: end });
    return Editor.end(editor, []);
  }
  return end;
}

/**
 * "Insert cite": a chip showing the excerpt's pinpoint cite, inline at the caret (in place of selected
 * words), the caret after it. One undo step takes it out again; Backspace after it deletes it whole.
 */
export function insertCitation(editor: Editor, excerptId: number): void {
  if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
  const at = chipPlace(editor);
  Transforms.insertNodes(editor, citationChip(excerptId), { at, select: true });
  // The selection is in the chip's own (empty) text: step out of it to the text Slate keeps after a chip.
  const chip = Path.parent(editor.selection!.anchor.path);
  Transforms.select(editor, Editor.start(editor, Path.next(chip)));
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
