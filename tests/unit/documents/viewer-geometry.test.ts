import { PDFDocument } from 'pdf-lib';
import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rect } from '../../../shared/domain/document';
import { labelRanges } from '../../../renderer/src/documents/pageLabels';
import { mergeIntoLines, mergeRectsIntoLines, rectToFractions, rectToViewportBox, viewportBoxToRect } from '../../../renderer/src/viewer/geometry';

/** A letter page whose box starts at (10, 20), as some PDFs' boxes do, read by pdf.js for its viewports. */
let page: PDFPageProxy;
beforeAll(async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage([612, 792]).setMediaBox(10, 20, 612, 792);
  page = await (await getDocument({ data: await pdf.save(), verbosity: 0 }).promise).getPage(1);
});
const viewport = (scale: number, rotation = 0) => page.getViewport({ scale, rotation });

describe('excerpt rectangles between the page as shown and PDF points', () => {
  const rect: Rect = [72, 600, 300, 612];

  it.each([
    [1, 0],
    [2.5, 0],
    [1.5, 90],
    [1, 270],
  ])('survive the round trip at scale %d, rotation %d', (scale, rotation) => {
    const view = viewport(scale, rotation);
    const back = viewportBoxToRect(rectToViewportBox(rect, view), view);
    back.forEach((v, i) => expect(v).toBeCloseTo(rect[i]!, 1));
  });

  it('are the same fractions of the page at every zoom', () => {
    const small = rectToFractions(rect, viewport(1));
    const large = rectToFractions(rect, viewport(3));
    for (const key of ['left', 'top', 'width', 'height'] as const) expect(large[key]).toBeCloseTo(small[key], 9);
    // Measured from the page box's lower-left corner; the page is 792 points high.
    expect(small.top).toBeCloseTo((792 - 612) / 792, 9);
    expect(small.left).toBeCloseTo(72 / 612, 9);
  });

  it('are kept inside the page box', () => {
    const view = viewport(1);
    const [x1, y1, x2, y2] = viewportBoxToRect({ x1: -30, y1: -30, x2: 5000, y2: 40 }, view);
    expect([x1, x2, y2]).toEqual([0, 612, 792]);
    expect(y1).toBeGreaterThan(700);
  });
});

describe('line boxes of a selection', () => {
  it('merges the words of a line and keeps lines apart', () => {
    const words = [
      { x1: 10, y1: 100, x2: 40, y2: 112 },
      { x1: 44, y1: 101, x2: 80, y2: 112 },
      { x1: 10, y1: 116, x2: 60, y2: 128 },
    ];
    expect(mergeIntoLines(words)).toEqual([
      { x1: 10, y1: 100, x2: 80, y2: 112 },
      { x1: 10, y1: 116, x2: 60, y2: 128 },
    ]);
  });

  it('does not bridge the gutter between two columns', () => {
    expect(mergeIntoLines([{ x1: 10, y1: 100, x2: 200, y2: 112 }, { x1: 320, y1: 100, x2: 500, y2: 112 }])).toHaveLength(2);
  });

  it('turns glyph rectangles of a search hit into one per line', () => {
    const glyphs: Rect[] = [
      [100, 500, 106, 510],
      [106.5, 500, 112, 508],
      [112.5, 498, 118, 508],
    ];
    expect(mergeRectsIntoLines(glyphs)).toEqual([[100, 498, 118, 510]]);
  });
});

describe('page label ranges', () => {
  const page = (n: number, label: string | null) => ({ page: n, label, width: 612, height: 792, hasText: true });

  it('groups runs of one numbering', () => {
    const pages = [page(1, 'i'), page(2, 'ii'), page(3, 'iii'), page(4, '1'), page(5, '2'), page(6, 'A-1'), page(7, 'A-2')];
    expect(labelRanges(pages)).toEqual([
      { firstPage: 1, lastPage: 3, firstLabel: 'i', lastLabel: 'iii' },
      { firstPage: 4, lastPage: 5, firstLabel: '1', lastLabel: '2' },
      { firstPage: 6, lastPage: 7, firstLabel: 'A-1', lastLabel: 'A-2' },
    ]);
  });

  it('has none for a PDF without labels', () => {
    expect(labelRanges([page(1, null), page(2, null)])).toEqual([]);
  });
});
