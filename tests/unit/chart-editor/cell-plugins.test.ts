/// <reference path="../../../renderer/src/editor/custom-types.d.ts" />
/**
 * The cell editor's plugins on a plain Slate editor (no DOM): each normalizer given a tree it must fix,
 * the keys that leave lists and quotes, and "Insert cite" putting a chip at the caret.
 */
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { insertCitation } from '../../../renderer/src/editor/commands';
import type { CellContent } from '../../../shared/chart/cell-schema';
import { CellContentSchema } from '../../../shared/chart/cell-schema';
import { withCellSchema } from '../../../renderer/src/editor/plugins/withCellSchema';
import { withCitations } from '../../../renderer/src/editor/plugins/withCitations';
import { withFigures } from '../../../renderer/src/editor/plugins/withFigures';
import { withLists } from '../../../renderer/src/editor/plugins/withLists';
import { withQuotes } from '../../../renderer/src/editor/plugins/withQuotes';

const editorWith = (children: unknown[]) => {
  const editor = withQuotes(withLists(withCellSchema(withFigures(withCitations(withHistory(createEditor()))))));
  editor.children = children as Descendant[];
  return editor;
};

/** The tree after a full normalization, checked against the shared cell schema too. */
function normalized(children: unknown[]): CellContent {
  const editor = editorWith(children);
  Editor.normalize(editor, { force: true });
  return CellContentSchema.parse(editor.children);
}

const p = (text: string) => ({ type: 'paragraph', children: [{ text }] });
const li = (text: string) => ({ type: 'list-item', children: [{ text }] });
const chip = (excerptId: number) => ({ type: 'citation', excerptId, children: [{ text: '' }] });

describe('cell normalizers', () => {
  it('gives an empty cell one empty paragraph', () => {
    expect(normalized([])).toEqual([p('')]);
  });

  it('wraps a list item left at the top level in a bulleted list', () => {
    expect(normalized([li('a')])).toEqual([{ type: 'bulleted-list', children: [li('a')] }]);
  });

  it('turns a paragraph inside a list into an item, and lifts a quote out of it', () => {
    const quote = { type: 'quote', excerptId: 3, children: [{ text: 'q' }] };
    expect(normalized([{ type: 'numbered-list', children: [li('a'), p('b'), quote] }])).toEqual([
      { type: 'numbered-list', children: [li('a'), li('b')] },
      quote,
    ]);
  });

  it('merges two lists of one kind side by side, not of two kinds', () => {
    const bullets = (text: string) => ({ type: 'bulleted-list', children: [li(text)] });
    expect(normalized([bullets('a'), bullets('b')])).toEqual([{ type: 'bulleted-list', children: [li('a'), li('b')] }]);
    const numbers = { type: 'numbered-list', children: [li('c')] };
    expect(normalized([bullets('a'), numbers])).toEqual([bullets('a'), numbers]);
  });

  it('keeps only text in a quote: a chip that landed in one is dropped, a paragraph unwrapped', () => {
    const quote = normalized([{ type: 'quote', excerptId: 1, children: [{ text: 'a ' }, chip(2), { text: 'b' }] }]);
    expect(quote).toEqual([{ type: 'quote', excerptId: 1, children: [{ text: 'a b' }] }]);
    expect(normalized([{ type: 'quote', excerptId: 1, children: [p('words')] }])).toEqual([{ type: 'quote', excerptId: 1, children: [{ text: 'words' }] }]);
  });

  it('keeps a chip between text nodes in a paragraph', () => {
    expect(normalized([{ type: 'paragraph', children: [{ text: 'See ' }, chip(4)] }])).toEqual([
      { type: 'paragraph', children: [{ text: 'See ' }, chip(4), { text: '' }] },
    ]);
  });

  it('lifts a block out of a paragraph', () => {
    const figure = { type: 'figure', excerptId: 9, caption: 'Fig.', children: [{ text: '' }] };
    expect(normalized([{ type: 'paragraph', children: [figure] }])).toEqual([figure, p('')]);
  });

  it('never ends the cell on a figure, so the caret can go after it', () => {
    const figure = { type: 'figure', excerptId: 9, caption: '', children: [{ text: '' }] };
    expect(normalized([p('x'), figure])).toEqual([p('x'), figure, p('')]);
  });
});

describe('keys', () => {
  it('Enter in an empty list item leaves the list', () => {
    const editor = editorWith([{ type: 'bulleted-list', children: [li('a'), li('')] }]);
    Transforms.select(editor, { path: [0, 1, 0], offset: 0 });
    editor.insertBreak();
    expect(editor.children).toEqual([{ type: 'bulleted-list', children: [li('a')] }, p('')]);
  });

  it('Backspace at the start of an item makes it a paragraph, splitting the list', () => {
    const editor = editorWith([{ type: 'numbered-list', children: [li('a'), li('b'), li('c')] }]);
    Transforms.select(editor, { path: [0, 1, 0], offset: 0 });
    editor.deleteBackward('character');
    expect(editor.children).toEqual([
      { type: 'numbered-list', children: [li('a')] },
      p('b'),
      { type: 'numbered-list', children: [li('c')] },
    ]);
  });

  it('Enter in a quote starts a paragraph after it and leaves the quote whole', () => {
    const quote = { type: 'quote', excerptId: 1, children: [{ text: 'the words' }] };
    const editor = editorWith([quote]);
    Transforms.select(editor, { path: [0, 0], offset: 3 });
    editor.insertBreak();
    expect(editor.children).toEqual([quote, p('')]);
    expect(editor.selection?.anchor.path).toEqual([1, 0]);
  });
});

describe('insertCitation', () => {
  const quote = { type: 'quote', excerptId: 1, children: [{ text: 'the words' }] };
  const figure = { type: 'figure', excerptId: 9, caption: '', children: [{ text: '' }] };

  it('puts the chip at the caret, splitting the words, the caret after it', () => {
    const editor = editorWith([p('The BMC reports power (see ) daily.')]);
    Transforms.select(editor, { path: [0, 0], offset: 'The BMC reports power (see '.length });
    insertCitation(editor, 4);
    expect(CellContentSchema.parse(editor.children)).toEqual([{ type: 'paragraph', children: [{ text: 'The BMC reports power (see ' }, chip(4), { text: ') daily.' }] }]);
    expect(editor.selection).toEqual({ anchor: { path: [0, 2], offset: 0 }, focus: { path: [0, 2], offset: 0 } });
    editor.insertText('x');
    expect(Editor.string(editor, [0])).toBe('The BMC reports power (see x) daily.');
  });

  it('replaces selected words, and is one undo step', () => {
    const editor = editorWith([p('see CITE here')]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 4 }, focus: { path: [0, 0], offset: 8 } });
    insertCitation(editor, 4);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: 'see ' }, chip(4), { text: ' here' }] }]);
    editor.undo();
    expect(editor.children).toEqual([p('see CITE here')]);
  });

  it('deletes the chip whole with one Backspace after it', () => {
    const editor = editorWith([p('see ')]);
    Transforms.select(editor, Editor.end(editor, []));
    insertCitation(editor, 4);
    insertCitation(editor, 5);
    editor.deleteBackward('character');
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: 'see ' }, chip(4), { text: '' }] }]);
  });

  it('goes into a list item at the caret', () => {
    const editor = editorWith([{ type: 'bulleted-list', children: [li('polls')] }]);
    Transforms.select(editor, Editor.end(editor, []));
    insertCitation(editor, 4);
    expect(editor.children).toEqual([{ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'polls' }, chip(4), { text: '' }] }] }]);
  });

  it('never goes into a quote: from one, it starts the empty line after it, or a new one', () => {
    const editor = editorWith([quote, p('')]);
    Transforms.select(editor, { path: [0, 0], offset: 3 });
    insertCitation(editor, 4);
    expect(editor.children).toEqual([quote, { type: 'paragraph', children: [{ text: '' }, chip(4), { text: '' }] }]);

    const followed = editorWith([quote, p('Commentary.')]);
    Transforms.select(followed, { path: [0, 0], offset: 3 });
    insertCitation(followed, 4);
    expect(followed.children).toEqual([quote, { type: 'paragraph', children: [{ text: '' }, chip(4), { text: '' }] }, p('Commentary.')]);
  });

  it('from a figure, goes on the line after it', () => {
    const editor = editorWith([figure, p('')]);
    Transforms.select(editor, { path: [0, 0], offset: 0 });
    insertCitation(editor, 4);
    expect(editor.children).toEqual([figure, { type: 'paragraph', children: [{ text: '' }, chip(4), { text: '' }] }]);
  });

  it('with no caret, ends the last line, after a space when it ends in a word, or starts a line after a quote', () => {
    const editor = editorWith([p('The BMC reports power')]);
    insertCitation(editor, 4);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: 'The BMC reports power ' }, chip(4), { text: '' }] }]);

    const spaced = editorWith([p('See ')]);
    insertCitation(spaced, 4);
    expect(spaced.children).toEqual([{ type: 'paragraph', children: [{ text: 'See ' }, chip(4), { text: '' }] }]);

    const quoted = editorWith([quote]);
    insertCitation(quoted, 4);
    expect(quoted.children).toEqual([quote, { type: 'paragraph', children: [{ text: '' }, chip(4), { text: '' }] }]);
  });
});
