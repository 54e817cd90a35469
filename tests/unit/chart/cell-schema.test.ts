import { describe, expect, it } from 'vitest';
import { bindingProblems, type ExcerptState } from '../../../shared/chart/bindings';
import { cellPlainText, CellContentSchema, citedExcerptIds, type CellContent } from '../../../shared/chart/cell-schema';

const chip = (excerptId: number) => ({ type: 'citation', excerptId, children: [{ text: '' }] });

/** One of every element and mark the cell model has. */
const everyElement = [
  { type: 'paragraph', children: [{ text: 'The ' }, { text: 'BMC', bold: true }, { text: ' reports', italic: true, underline: true }, chip(1), { text: '' }] },
  { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'first' }] }, { type: 'list-item', children: [chip(2)] }] },
  { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'one' }] }] },
  { type: 'quote', excerptId: 3, children: [{ text: 'reports the power consumption' }, { text: ' of each node', italic: true }] },
  { type: 'figure', excerptId: 4, caption: 'Front panel', children: [{ text: '' }] },
];

describe('the cell schema', () => {
  it('accepts every element and mark', () => {
    const parsed = CellContentSchema.safeParse(everyElement);
    expect(parsed.success).toBe(true);
    expect(citedExcerptIds(parsed.data!)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    ['an unknown block', [{ type: 'table', children: [{ text: 'x' }] }]],
    ['an unknown inline', [{ type: 'paragraph', children: [{ type: 'link', url: 'https://x', children: [{ text: 'x' }] }] }]],
    ['an unknown mark', [{ type: 'paragraph', children: [{ text: 'x', strikethrough: true }] }]],
    ['an unknown key on a block', [{ type: 'paragraph', children: [{ text: 'x' }], style: 'color:red' }]],
    ['a quote not bound to an excerpt', [{ type: 'quote', children: [{ text: 'verbatim' }] }]],
    ['a chip not bound to an excerpt', [{ type: 'paragraph', children: [{ type: 'citation', children: [{ text: '' }] }] }]],
    ['a figure not bound to an excerpt', [{ type: 'figure', caption: '', children: [{ text: '' }] }]],
    ['an excerpt id that is not a positive integer', [{ type: 'quote', excerptId: 0, children: [{ text: 'x' }] }]],
    ['a chip inside a quote', [{ type: 'quote', excerptId: 1, children: [chip(1)] }]],
    ['a paragraph without children', [{ type: 'paragraph', children: [] }]],
    ['a list item outside a list', [{ type: 'list-item', children: [{ text: 'x' }] }]],
    ['text in a chip', [{ type: 'paragraph', children: [{ type: 'citation', excerptId: 1, children: [{ text: 'typed cite' }] }] }]],
  ])('rejects %s', (_, content) => {
    expect(CellContentSchema.safeParse(content).success).toBe(false);
  });
});

describe('binding problems', () => {
  const excerpts = new Map<number, ExcerptState>([
    [1, { kind: 'text', deleted: false }],
    [2, { kind: 'text', deleted: true }],
    [3, { kind: 'region', deleted: false }],
  ]);
  const check = (content: unknown[]) => bindingProblems(CellContentSchema.parse(content) as CellContent, (id) => excerpts.get(id));

  it('finds none when every quote, chip and figure has a usable excerpt', () => {
    expect(check([
      { type: 'quote', excerptId: 1, children: [{ text: 'q' }] },
      { type: 'paragraph', children: [chip(1)] },
      { type: 'figure', excerptId: 3, caption: '', children: [{ text: '' }] },
    ])).toEqual([]);
  });

  it('names an excerpt that does not exist, one that was deleted, and a figure of a text excerpt', () => {
    expect(check([
      { type: 'quote', excerptId: 9, children: [{ text: 'q' }] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [chip(2)] }] },
      { type: 'figure', excerptId: 1, caption: '', children: [{ text: '' }] },
    ])).toEqual([
      { excerptId: 9, problem: 'missing' },
      { excerptId: 2, problem: 'deleted' },
      { excerptId: 1, problem: 'figure-needs-region' },
    ]);
  });
});

describe('the cell as plain text (chart show, CSV)', () => {
  const cite = (excerptId: number) => `Manual at ${excerptId}`;

  it('writes every block on a line of its own, a quote and a figure with their cite', () => {
    expect(cellPlainText(everyElement as CellContent, cite)).toBe(
      'The BMC reportsManual at 1\nfirst\nManual at 2\none\n“reports the power consumption of each node” Manual at 3\n[Figure: Front panel] Manual at 4',
    );
  });

  it('writes a figure without a caption as “[Figure]”, not “[Figure: ]”', () => {
    for (const caption of ['', '  ']) {
      const figure: CellContent = [{ type: 'figure', excerptId: 4, caption, children: [{ text: '' }] }];
      expect(cellPlainText(figure, cite)).toBe('[Figure] Manual at 4');
      expect(cellPlainText(figure)).toBe('[Figure]');
    }
  });
});
