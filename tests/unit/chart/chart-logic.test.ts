import { describe, expect, it } from 'vitest';
import { appendEvidence } from '../../../shared/chart/append-evidence';
import { cellPlainText, CellContentSchema, emptyCell, type CellContent } from '../../../shared/chart/cell-schema';
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
