/**
 * A charted matter to export, built through the services (documents, excerpts, charts) on the matter open in
 * `ctx`: an infringement chart of a patent's claims against a product, two evidence PDFs (one Bates-numbered
 * and designated, one public), text excerpts quoted and cited across the rows, and region excerpts shown as
 * figures. The tests use a small one on the sample matter; the benchmark a 300-row one.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { writeCell } from '../../../electron/services/charts/cells';
import { createChart } from '../../../electron/services/charts/create';
import { readChartRows } from '../../../electron/services/charts/rows';
import { readChartRecord } from '../../../electron/services/charts/repository';
import { readChartSettings } from '../../../electron/services/charts/matter-settings';
import type { Db } from '../../../electron/services/db/open';
import { stmt } from '../../../electron/services/db/statements';
import { insertDocument } from '../../../electron/services/documents/repository';
import { insertExcerpt } from '../../../electron/services/excerpts/repository';
import { excerptSortKey } from '../../../electron/services/excerpts/rects';
import { evidenceBlocks } from '../../../shared/chart/append-evidence';
import { citedExcerptIds, type Block, type CellContent, type CitationElement } from '../../../shared/chart/cell-schema';
import type { ChartRow } from '../../../shared/domain/chart';
import type { ChartStatus } from '../../../shared/domain/matter';
import type { Rect } from '../../../shared/domain/document';
import { makeEvidencePdf, sentence, syntheticScreenshot, type EvidencePdf } from './evidence-sources';

export const DESIGNATION = 'HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY';
export const INTERNAL_NOTE = 'INTERNAL NOTE: check with the expert before serving';
export const MANUAL_TITLE = 'Aivres KR2280-X1 Server User Manual';
export const DATASHEET_TITLE = 'KR2280-X1 Product Datasheet';
/** A word hyphenated across two lines of the manual's first page: a quote of it must still verify. */
export const HYPHENATED_QUOTE = 'configuration of the power capping policy';

export interface FixtureSize {
  readonly manualPages: number;
  readonly linesPerPage: number;
  readonly textExcerpts: number;
  readonly figures: number;
  readonly image: { readonly width: number; readonly height: number };
}

export interface ChartFixture {
  readonly chartId: number;
  readonly manualId: number;
  readonly datasheetId: number;
  /** Each row's label and claim language, in chart order. */
  readonly rows: readonly { readonly limitationId: number; readonly label: string; readonly claimText: string }[];
  /** Every quote block's words, in chart order. */
  readonly quotes: readonly string[];
  readonly figureCount: number;
  /** Every excerpt the chart cites, in order of first citation. */
  readonly cited: readonly FixtureExcerpt[];
}

export interface FixtureExcerpt {
  readonly id: number;
  readonly kind: 'text' | 'region';
  readonly documentId: number;
  readonly page: number;
  readonly quote: string;
  readonly rects: readonly Rect[];
}


const STATUSES: readonly ChartStatus[] = ['literal', 'literal', 'equivalents', 'literal-construction', 'partial', 'literal'];

export async function seedChartFixture(
  ctx: AppContext,
  target: { patentNumber: string; claimNumbers: readonly number[]; productName: string },
  size: FixtureSize,
): Promise<ChartFixture> {
  const manual = await makeEvidencePdf(size.manualPages, size.linesPerPage, (page, line) => {
    if (page === 1 && line === 3) return 'Administrators set the power limit in watts. The BMC applies the configu-';
    if (page === 1 && line === 4) return 'ration of the power capping policy to every node in the chassis.';
    return sentence(page, line);
  });
  const datasheet = await makeEvidencePdf(2, 20, (page, line) => `Datasheet ${sentence(page + 40, line)}`);
  const images = await Promise.all(Array.from({ length: size.figures }, (_, i) => syntheticScreenshot(size.image.width, size.image.height, i + 1)));

  return ctx.session.write((db) => {
    const productId = (stmt(db, 'SELECT id FROM products WHERE name = ?').get(target.productName) as { id: number }).id;
    const patentId = (stmt(db, 'SELECT id FROM patents WHERE number = ?').get(target.patentNumber) as { id: number }).id;
    const manualId = addDocument(db, manual, { title: MANUAL_TITLE, shortName: 'KR2280 Manual', batesPrefix: 'AIVRES_', batesStart: 1234, confidentiality: DESIGNATION, productIds: [productId] });
    const datasheetId = addDocument(db, datasheet, { title: DATASHEET_TITLE, shortName: 'KR2280 Datasheet', batesPrefix: null, batesStart: null, confidentiality: null, productIds: [productId] });

    const textExcerpts: FixtureExcerpt[] = [addTextExcerpt(db, manualId, manual, 1, [3, 4], HYPHENATED_QUOTE)];
    for (let k = 1; k < size.textExcerpts; k++) {
      const fromDatasheet = k % 5 === 4;
      const source = fromDatasheet ? datasheet : manual;
      const page = 1 + (k % source.pages.length);
      const line = 6 + (Math.floor(k / source.pages.length) % (source.pages[0]!.lines.length - 6));
      textExcerpts.push(addTextExcerpt(db, fromDatasheet ? datasheetId : manualId, source, page, [line]));
    }
    const figures = images.map((png, f) => addRegionExcerpt(db, manualId, manual, 1 + (f % manual.pages.length), png));

    const chartId = createChart(db, { kind: 'infringement', patentId, claimNumbers: [...target.claimNumbers], productId });
    const record = readChartRecord(db, chartId);
    const rows = readChartRows(db, record, readChartSettings(db));
    const quotes: string[] = [];
    const byId = new Map([...textExcerpts, ...figures].map((e) => [e.id, e]));
    const cited = new Set<FixtureExcerpt>();
    rows.forEach((row, r) => {
      const mine = textExcerpts.filter((_, k) => k % rows.length === r);
      const figure = figures.filter((_, f) => Math.floor((f * rows.length) / figures.length) === r);
      const content = rowContent(r, mine, figure, quotes);
      const status = STATUSES[r % STATUSES.length]!;
      const equivalents =
        status === 'equivalents'
          ? { function: 'Monitoring the power drawn by each managed device.', way: 'By polling the BMC sensors over the management network.', result: 'A collected power value per device.' }
          : null;
      writeCell(db, chartId, row.limitationId, { status, content, equivalents, internalNote: INTERNAL_NOTE });
      for (const id of citedExcerptIds(content)) cited.add(byId.get(id)!);
    });
    return {
      chartId,
      manualId,
      datasheetId,
      rows: rows.map((row) => ({ limitationId: row.limitationId, label: row.label, claimText: row.claimText })),
      quotes,
      figureCount: figures.length,
      cited: [...cited],
    };
  });
}

/** Every quote block's words and its cite, in chart order, from the chart as `chart.get` gives it. */
export function quotesWithCites(rows: readonly Pick<ChartRow, 'content' | 'evidence'>[]): { readonly words: string; readonly cite: string }[] {
  return rows.flatMap((row) =>
    row.content.flatMap((block) =>
      block.type === 'quote' ? [{ words: block.children.map((c) => c.text).join(''), cite: row.evidence.find((e) => e.excerptId === block.excerptId)!.cite }] : [],
    ),
  );
}

/**
 * An export's blocks of text in order (paragraphs, lines): the block holding each quote's words ends with its
 * cite, said once, and the block after it does not say it again.
 */
export function expectEachQuoteCitedOnce(blocks: readonly string[], quotes: ReturnType<typeof quotesWithCites>): void {
  expect(quotes.length).toBeGreaterThan(3);
  for (const { words, cite } of quotes) {
    const at = blocks.findIndex((block) => block.includes(words));
    expect(at, words).toBeGreaterThanOrEqual(0);
    expect(blocks[at]!.trimEnd().endsWith(cite), `“${words}” ends with ${cite}`).toBe(true);
    expect(blocks[at]!.split(cite).length - 1, `${cite} once in “${words}”`).toBe(1);
    // The block after may be a figure of the same page (its caption has its own cite), never the cite again.
    expect((blocks[at + 1] ?? '').trimStart().startsWith(cite), `the block after “${words}” repeats ${cite}`).toBe(false);
  }
}

const chipFor = (excerptId: number): CitationElement => ({ type: 'citation', excerptId, children: [{ text: '' }] });

/**
 * A row's evidence: commentary citing its last excerpt as a chip, the others quoted and the figures shown
 * as the app brings them in (evidenceBlocks: a quote, carrying its cite, then an empty paragraph; a
 * figure), the second row's first quote elided, the first row with lists and emphasis.
 */
function rowContent(r: number, excerpts: readonly FixtureExcerpt[], figures: readonly FixtureExcerpt[], quotes: string[]): CellContent {
  const chip = excerpts.at(-1);
  const quoted = excerpts.slice(0, -1);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      children: [
        { text: 'The accused server meets this limitation. ' },
        ...(r === 0 ? [{ text: 'Notably', bold: true as const }, { text: ', the BMC ' }, { text: 'always', italic: true as const }, { text: ' reports ' }, { text: 'input power', underline: true as const }, { text: ' — see ' }] : [{ text: 'See ' }]),
        ...(chip ? [chipFor(chip.id), { text: '.' }] : [{ text: 'evidence to follow.' }]),
      ],
    },
  ];
  if (r === 0) {
    blocks.push(
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'The BMC discovers each node.' }] }, { type: 'list-item', children: [{ text: 'It polls the power sensors.' }] }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Input power is reported in watts.' }] }] },
    );
  }
  quoted.forEach((excerpt, i) => {
    const words = excerpt.quote.split(' ');
    const text = r === 1 && i === 0 && words.length > 8 ? `${words.slice(0, 3).join(' ')} … ${words.slice(-4).join(' ')}` : excerpt.quote;
    quotes.push(text);
    blocks.push(...evidenceBlocks({ id: excerpt.id, kind: 'text', quote: text, note: null }));
  });
  figures.forEach((figure, f) => {
    blocks.push(...evidenceBlocks({ id: figure.id, kind: 'region', quote: figure.quote, note: `Power monitoring screen ${r + 1}.${f + 1}` }));
  });
  return blocks;
}

function addDocument(
  db: Db,
  pdf: EvidencePdf,
  meta: { title: string; shortName: string; batesPrefix: string | null; batesStart: number | null; confidentiality: string | null; productIds: number[] },
): number {
  return insertDocument(db, {
    sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
    bytes: pdf.bytes,
    fileName: `${meta.shortName}.pdf`,
    docType: 'manual',
    sourceUrl: null,
    accessedOn: null,
    ...meta,
    pages: pdf.pages.map((p) => ({ label: null, width: p.width, height: p.height, text: p.text })),
  });
}

function addTextExcerpt(db: Db, documentId: number, pdf: EvidencePdf, page: number, lines: readonly number[], quote?: string): FixtureExcerpt {
  const onPage = pdf.pages[page - 1]!;
  const rects = lines.map((l) => onPage.lines[l]!.rect);
  const text = quote ?? lines.map((l) => onPage.lines[l]!.text).join(' ');
  const id = insertExcerpt(db, {
    documentId,
    page,
    kind: 'text',
    quote: text,
    rects,
    image: null,
    note: null,
    tags: [],
    sortKey: excerptSortKey({ number: page, width: onPage.width, height: onPage.height }, rects),
  });
  return { id, kind: 'text', documentId, page, quote: text, rects };
}

function addRegionExcerpt(db: Db, documentId: number, pdf: EvidencePdf, page: number, png: Uint8Array): FixtureExcerpt {
  const onPage = pdf.pages[page - 1]!;
  const rect: Rect = [72, 300, 540, 620];
  const bytes = Buffer.from(png);
  const id = insertExcerpt(db, {
    documentId,
    page,
    kind: 'region',
    quote: onPage.lines[8]!.text,
    rects: [rect],
    image: { sha256: createHash('sha256').update(bytes).digest('hex'), bytes },
    note: null,
    tags: [],
    sortKey: excerptSortKey({ number: page, width: onPage.width, height: onPage.height }, [rect]),
  });
  return { id, kind: 'region', documentId, page, quote: onPage.lines[8]!.text, rects: [rect] };
}
