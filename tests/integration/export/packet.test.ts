/**
 * The exhibit packet: one page per cited page, in citation order, excerpts highlighted where they are
 * (checked on the page as poppler draws it), every page stamped, a bookmark per exhibit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { degrees, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCell, writeCell } from '../../../electron/services/charts/cells';
import { insertDocument } from '../../../electron/services/documents/repository';
import { insertExcerpt } from '../../../electron/services/excerpts/repository';
import { decodePng, type RasterImage } from '../../../electron/services/export/png';
import { useTempDirs } from '../../helpers/temp-dir';
import type { TestApp } from '../../helpers/test-app';
import { MANUAL_TITLE, DATASHEET_TITLE, type ChartFixture, type FixtureExcerpt } from './chart-fixture';
import { createChartedApp, SMALL_CHART } from './exported-app';

const tempDir = useTempDirs();
let app: TestApp;
let fixture: ChartFixture;
let packetDir: string;
let file: string;
let packet: PDFDocument;
/** The cited pages as the packet should hold them: in order of first citation. */
let expected: { documentId: number; page: number; excerpts: FixtureExcerpt[] }[];

beforeAll(async () => {
  ({ app, fixture } = await createChartedApp());
  packetDir = mkdtempSync(join(tmpdir(), 'claimchart-packet-'));
  file = join(packetDir, 'packet.pdf');
  const result = await app.call('export.run', { chartId: fixture.chartId, format: 'packet', outputPath: file });
  expect(result).toMatchObject({ status: 'written', mediaType: 'application/pdf' });
  packet = await PDFDocument.load(readFileSync(file));
  const pages = [...new Set(fixture.cited.map((e) => `${e.documentId}:${e.page}`))].map((key) => key.split(':').map(Number) as [number, number]);
  expected = pages.map(([documentId, page]) => ({ documentId, page, excerpts: fixture.cited.filter((e) => e.documentId === documentId && e.page === page) }));
}, 60_000);
afterAll(() => {
  app?.dispose();
  rmSync(packetDir, { recursive: true, force: true });
});

const exhibitOf = (documentId: number) => `Exhibit A-${[...new Set(fixture.cited.map((e) => e.documentId))].indexOf(documentId) + 1}`;

function pageImage(index: number): Promise<RasterImage> {
  const prefix = join(tempDir(), 'page');
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', String(index + 1), '-l', String(index + 1), '-singlefile', file, prefix]);
  return decodePng(readFileSync(`${prefix}.png`));
}

/** Share of the pixels inside a rectangle (PDF points from the bottom-left of a 792-point page) matching `test`. */
function share(image: RasterImage, [x1, y1, x2, y2]: readonly number[], test: (r: number, g: number, b: number) => boolean): number {
  let hits = 0;
  let all = 0;
  for (let y = Math.ceil(792 - y2!); y < 792 - y1!; y++) {
    for (let x = Math.ceil(x1!); x < x2!; x++) {
      const i = (y * image.width + x) * image.channels;
      all++;
      if (test(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!)) hits++;
    }
  }
  return hits / Math.max(1, all);
}

/** Marker yellow over white paper or black type: blue well below red and green. */
const marker = (r: number, g: number, b: number) => r > 200 && g > 200 && b < g - 50;

describe('exhibit packet', () => {
  it('holds one page per cited page, in citation order, the source pages’ size kept', () => {
    expect(packet.getPageCount()).toBe(expected.length);
    for (const page of packet.getPages()) expect(page.getSize()).toEqual({ width: 612, height: 792 });
  });

  it('stamps each page with its exhibit and its Bates number, or its page without Bates numbers', () => {
    expected.forEach(({ documentId, page }, i) => {
      const text = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' });
      const bates = documentId === fixture.manualId ? `AIVRES_${String(1234 + page - 1).padStart(7, '0')}` : `p. ${page}`;
      expect(text).toContain(`${exhibitOf(documentId)} · ${bates}`);
    });
  });

  it('highlights each text excerpt where it is on its page, and nothing else', async () => {
    const index = expected.findIndex((p) => p.documentId === fixture.manualId && p.page === 1);
    const image = await pageImage(index);
    const texts = expected[index]!.excerpts.filter((e) => e.kind === 'text');
    expect(texts.length).toBeGreaterThan(0);
    // Most of each line's box is marker; the rest is its black type.
    for (const excerpt of texts) for (const rect of excerpt.rects) expect(share(image, rect, marker)).toBeGreaterThan(0.3);
    // The page's first two lines, which no excerpt cites, stay unmarked.
    const firstLines = [72, 700, 400, 730] as const;
    expect(expected[index]!.excerpts.some((e) => e.rects.some((r) => r[3] > firstLines[1]))).toBe(false);
    expect(share(image, firstLines, marker)).toBe(0);
  });

  it('outlines region excerpts', async () => {
    const index = expected.findIndex((p) => p.excerpts.some((e) => e.kind === 'region'));
    const image = await pageImage(index);
    const [x1, y1, x2, y2] = expected[index]!.excerpts.find((e) => e.kind === 'region')!.rects[0]!;
    const orange = (r: number, g: number, b: number) => r > 180 && g > 50 && g < 160 && b < 80;
    expect(share(image, [x1 - 1, y1, x1 + 1, y2], orange)).toBeGreaterThan(0.8);
    expect(share(image, [x1, y2 - 1, x2, y2 + 1], orange)).toBeGreaterThan(0.8);
  });

  it('bookmarks each exhibit at its first page', () => {
    const outlines = packet.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    const targets: PDFRef[] = [];
    for (let ref = outlines.get(PDFName.of('First')); ref instanceof PDFRef; ) {
      const item = packet.context.lookup(ref, PDFDict);
      titles.push(item.lookup(PDFName.of('Title'), PDFHexString).decodeText());
      targets.push(item.lookup(PDFName.of('Dest'), PDFArray).get(0) as PDFRef);
      ref = item.get(PDFName.of('Next'));
    }
    const exhibits = [...new Set(expected.map((p) => p.documentId))];
    expect(titles).toEqual(exhibits.map((id) => `${exhibitOf(id)} — ${id === fixture.manualId ? MANUAL_TITLE : DATASHEET_TITLE}`));
    const firstPages = exhibits.map((id) => expected.findIndex((p) => p.documentId === id));
    expect(targets).toEqual(firstPages.map((i) => packet.getPages()[i]!.ref));
  });
});

describe('exhibit packet of pages cited out of order', () => {
  it('holds them in citation order, rows in chart order and each cell from its start, not by exhibit and page', async () => {
    const charted = await createChartedApp({ ...SMALL_CHART, figures: 0 });
    try {
      const { fixture: f } = charted;
      const at = (documentId: number, page: number) => f.cited.find((e) => e.documentId === documentId && e.page === page && e.kind === 'text')!;
      // Row 1 quotes the manual's page 3 then its page 1; row 2 the datasheet's page 1, then the manual's page 2 and page 3 again.
      const cells = [
        [at(f.manualId, 3), at(f.manualId, 1)],
        [at(f.datasheetId, 1), at(f.manualId, 2), at(f.manualId, 3)],
      ];
      charted.app.ctx.session.write((db) =>
        f.rows.forEach((row, r) => {
          const cell = readCell(db, f.chartId, row.limitationId)!;
          const content = (cells[r] ?? []).map((e) => ({ type: 'quote' as const, excerptId: e.id, children: [{ text: e.quote }] }));
          writeCell(db, f.chartId, row.limitationId, { ...cell, content: content.length > 0 ? content : [{ type: 'paragraph', children: [{ text: '' }] }] });
        }),
      );
      const out = join(packetDir, 'out-of-order.pdf');
      await charted.app.call('export.run', { chartId: f.chartId, format: 'packet', outputPath: out });
      const stamps = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).match(/Exhibit A-\d · (AIVRES_\d{7}|p\. \d+)/g);
      expect(stamps).toEqual(['Exhibit A-1 · AIVRES_0001236', 'Exhibit A-1 · AIVRES_0001234', 'Exhibit A-2 · p. 1', 'Exhibit A-1 · AIVRES_0001235']);
    } finally {
      await charted.app.dispose();
    }
  }, 60_000);
});

describe('exhibit packet of a rotated page', () => {
  it('stamps the corner that is bottom-right as the page is viewed', async () => {
    const charted = await createChartedApp({ ...SMALL_CHART, figures: 0 });
    try {
      const pdf = await PDFDocument.create();
      const page = pdf.addPage([612, 792]);
      page.setRotation(degrees(90));
      page.drawText('A page printed sideways, as a wide table often is.', { x: 72, y: 700, size: 10 });
      const bytes = await pdf.save();
      const text = 'A page printed sideways, as a wide table often is.';
      charted.app.ctx.session.write((db) => {
        const documentId = insertDocument(db, {
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes,
          fileName: 'sideways.pdf',
          title: 'Sideways table',
          shortName: 'Sideways',
          docType: 'other',
          productIds: [],
          batesPrefix: null,
          batesStart: null,
          confidentiality: null,
          sourceUrl: null,
          accessedOn: null,
          pages: [{ label: null, width: 612, height: 792, text }],
        });
        const excerptId = insertExcerpt(db, {
          documentId,
          page: 1,
          kind: 'text',
          quote: text,
          rects: [[72, 697, 300, 710]],
          image: null,
          note: null,
          tags: [],
          sortKey: '00001|00082|00072',
        });
        const row = charted.fixture.rows[0]!;
        const cell = readCell(db, charted.fixture.chartId, row.limitationId)!;
        writeCell(db, charted.fixture.chartId, row.limitationId, { ...cell, content: [{ type: 'quote', excerptId, children: [{ text }] }] });
      });
      const out = join(packetDir, 'rotated.pdf');
      await charted.app.call('export.run', { chartId: charted.fixture.chartId, format: 'packet', outputPath: out });
      const rotated = await PDFDocument.load(readFileSync(out));
      const index = rotated.getPages().findIndex((p) => p.getRotation().angle === 90);
      // pdftotext lays the page out as it is viewed: 792 wide, 612 high.
      const words = execFileSync('pdftotext', ['-bbox', '-f', String(index + 1), '-l', String(index + 1), out, '-'], { encoding: 'utf8' });
      const stamp = [...words.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(Exhibit|p\.)<\/word>/g)];
      expect(stamp).toHaveLength(2);
      for (const [, , yMin, xMax] of stamp) {
        expect(Number(yMin)).toBeGreaterThan(612 - 40);
        expect(Number(xMax)).toBeGreaterThan(792 / 2);
      }
    } finally {
      charted.app.dispose();
    }
  }, 60_000);
});
