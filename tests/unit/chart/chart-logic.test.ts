import { describe, expect, it } from 'vitest';
import { appendCitation, appendEvidence, printedContent } from '../../../shared/chart/append-evidence';
import { cellPlainText, CellContentSchema, emptyCell, type Block, type CellContent } from '../../../shared/chart/cell-schema';
import { compareRows, type ComparableRow } from '../../../shared/chart/compare-rows';
import { coverageOf, nextNeedsEvidence } from '../../../shared/chart/coverage';
import { familyRoots, sameAsMakesLoop } from '../../../shared/chart/families';
import type { ChartStatus } from '../../../shared/domain/matter';

const row = (limitationId: number, status: ChartStatus) => ({ limitationId, label: `[1${'abcdef'[limitationId]}]`, status });

describe('coverage', () => {
  const rows = [row(0, 'literal'), row(1, 'needs-evidence'), row(2, 'equivalents'), row(3, 'needs-evidence'), row(4, 'literal')];

  it('counts rows per status, every status present', () => {
    expect(coverageOf(rows)).toEqual({
      rowCount: 5,
      statusCounts: { literal: 2, 'literal-construction': 0, equivalents: 1, partial: 0, 'not-met': 0, 'needs-evidence': 2 },
    });
  });

  it('finds the next row needing evidence after a given row, wrapping round, the row itself last', () => {
    expect(nextNeedsEvidence(rows)).toEqual({ limitationId: 1, label: '[1b]' });
    expect(nextNeedsEvidence(rows, 1)).toEqual({ limitationId: 3, label: '[1d]' });
    expect(nextNeedsEvidence(rows, 3)).toEqual({ limitationId: 1, label: '[1b]' });
    expect(nextNeedsEvidence([row(0, 'needs-evidence'), row(1, 'literal')], 0)).toEqual({ limitationId: 0, label: '[1a]' });
    expect(nextNeedsEvidence([row(0, 'literal')], 0)).toBeNull();
  });
});

describe('product families', () => {
  const products = [
    { id: 1, sameAsId: null },
    { id: 2, sameAsId: 1 },
    { id: 3, sameAsId: 2 },
    { id: 4, sameAsId: null },
  ];

  it('names each product’s family by the product at the end of its links', () => {
    expect(familyRoots(products)).toEqual(new Map([[1, 1], [2, 1], [3, 1], [4, 4]]));
  });

  it('agrees on one root for a loop of links in a file edited elsewhere', () => {
    expect(familyRoots([{ id: 5, sameAsId: 6 }, { id: 6, sameAsId: 5 }])).toEqual(new Map([[5, 5], [6, 5]]));
  });

  it('detects a link that would close a loop', () => {
    expect(sameAsMakesLoop(products, 1, 3)).toBe(true);
    expect(sameAsMakesLoop(products, 2, 2)).toBe(true);
    expect(sameAsMakesLoop(products, 4, 3)).toBe(false);
    expect(sameAsMakesLoop(products, 1, 4)).toBe(false);
  });
});

describe('appendEvidence', () => {
  it('replaces a new cell’s empty paragraph with a quote, which carries its cite, and an empty paragraph for commentary', () => {
    const content = appendEvidence(emptyCell(), { id: 7, kind: 'text', quote: 'reads the power', note: null });
    expect(content).toEqual([
      { type: 'quote', excerptId: 7, children: [{ text: 'reads the power' }] },
      { type: 'paragraph', children: [{ text: '' }] },
    ]);
    expect(CellContentSchema.safeParse(content).success).toBe(true);
    // The cite is the quote's, printed once after its words; no chip repeats it.
    expect(cellPlainText(content, (id) => `Manual at ${id}`)).toBe('“reads the power” Manual at 7\n');
  });

  it('puts a second quote in place of the first one’s empty paragraph', () => {
    const first = appendEvidence(emptyCell(), { id: 7, kind: 'text', quote: 'reads the power', note: null });
    expect(appendEvidence(first, { id: 9, kind: 'text', quote: 'logs it', note: null }).map((b) => b.type)).toEqual(['quote', 'quote', 'paragraph']);
  });

  it('adds a region as a figure after what the cell already says', () => {
    const before: CellContent = [{ type: 'paragraph', children: [{ text: 'See the front panel.' }] }];
    expect(appendEvidence(before, { id: 8, kind: 'region', quote: '', note: 'Front panel' })).toEqual([
      ...before,
      { type: 'figure', excerptId: 8, caption: 'Front panel', children: [{ text: '' }] },
    ]);
  });
});

describe('appendCitation', () => {
  const chip = (excerptId: number) => ({ type: 'citation' as const, excerptId, children: [{ text: '' as const }] });

  it('ends the last paragraph with a chip, after a space when it ends in a word, and prints the cite there', () => {
    const before: CellContent = [{ type: 'paragraph', children: [{ text: 'The BMC reports power' }] }];
    const content = appendCitation(before, 7);
    expect(content).toEqual([{ type: 'paragraph', children: [{ text: 'The BMC reports power ' }, chip(7), { text: '' }] }]);
    expect(CellContentSchema.safeParse(content).success).toBe(true);
    expect(cellPlainText(content, (id) => `Manual at ${id}`)).toBe('The BMC reports power Manual at 7');
    // A second chip after the first, a space between them; a marked last word keeps its mark to itself.
    expect(appendCitation(content, 8)[0]).toEqual({ type: 'paragraph', children: [{ text: 'The BMC reports power ' }, chip(7), { text: ' ' }, chip(8), { text: '' }] });
    expect(appendCitation([{ type: 'paragraph', children: [{ text: 'power', bold: true }] }], 7)[0]).toEqual({
      type: 'paragraph',
      children: [{ text: 'power', bold: true }, { text: ' ' }, chip(7), { text: '' }],
    });
  });

  it('fills an empty cell’s paragraph, ends a list’s last item, and starts a line after a quote', () => {
    expect(appendCitation(emptyCell(), 7)).toEqual([{ type: 'paragraph', children: [{ text: '' }, chip(7), { text: '' }] }]);
    const list: CellContent = [{ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'a' }] }, { type: 'list-item', children: [{ text: 'b ' }] }] }];
    expect(appendCitation(list, 7)).toEqual([
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'a' }] }, { type: 'list-item', children: [{ text: 'b ' }, chip(7), { text: '' }] }] },
    ]);
    const quote: Block = { type: 'quote', excerptId: 3, children: [{ text: 'reads the power' }] };
    expect(appendCitation([quote], 7)).toEqual([quote, { type: 'paragraph', children: [{ text: '' }, chip(7), { text: '' }] }]);
  });
});

describe('printedContent', () => {
  it('drops the empty room for commentary under a quote or a figure, and empty paragraphs at the end; keeps the rest', () => {
    const quote: Block = { type: 'quote', excerptId: 7, children: [{ text: 'reads the power' }] };
    const figure: Block = { type: 'figure', excerptId: 8, caption: 'Front panel', children: [{ text: '' }] };
    const empty: Block = { type: 'paragraph', children: [{ text: ' ' }] };
    const said: Block = { type: 'paragraph', children: [{ text: 'The BMC meets this.' }] };
    expect(printedContent([said, empty, quote, empty, said, figure, empty, empty])).toEqual([said, empty, quote, said, figure]);
    expect(printedContent([quote, { type: 'paragraph', children: [{ text: '' }, { type: 'citation', excerptId: 7, children: [{ text: '' }] }, { text: '' }] }])).toHaveLength(2);
  });
});

describe('compareRows', () => {
  const base: ComparableRow = {
    limitationId: 1,
    label: '[1a]',
    claimText: 'running a tool',
    status: 'needs-evidence',
    content: [{ type: 'paragraph', children: [{ text: 'The BMC reads power.' }] }],
    equivalents: null,
    internalNote: null,
  };

  it('lists changed, added and removed rows, and counts the rest', () => {
    const changed: ComparableRow = {
      ...base,
      status: 'literal',
      content: [...base.content, { type: 'quote', excerptId: 5, children: [{ text: 'q' }] }],
      internalNote: 'check the 2019 manual',
    };
    const added: ComparableRow = { ...base, limitationId: 3, label: '[1c]' };
    const removed: ComparableRow = { ...base, limitationId: 2, label: '[1b]', content: [{ type: 'quote', excerptId: 6, children: [{ text: 'x' }] }] };
    const unchanged: ComparableRow = { ...base, limitationId: 4, label: '[1d]' };
    const result = compareRows([base, removed, unchanged], [changed, unchanged, added]);
    expect(result.unchangedRowCount).toBe(1);
    expect(result.rows.map((r) => [r.label, r.change])).toEqual([['[1a]', 'changed'], ['[1c]', 'added'], ['[1b]', 'removed']]);
    expect(result.rows[0]).toMatchObject({
      statusBefore: 'needs-evidence',
      statusAfter: 'literal',
      evidenceAdded: [5],
      evidenceRemoved: [],
      textDiff: [{ op: 'equal', text: 'The BMC reads power.' }, { op: 'added', text: '\n“q”' }],
      noteChanged: true,
      equivalentsChanged: false,
      claimTextChanged: false,
    });
    expect(result.rows[2]).toMatchObject({ statusAfter: null, evidenceRemoved: [6] });
  });
});
