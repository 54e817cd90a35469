/**
 * The DOCX as a reader sees it: rendered by LibreOffice to PDF, read back with pdftotext (word boxes, so
 * each column is read on its own), and drawn to PNGs in tests/e2e/artifacts/ to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartLayout } from '../../../electron/services/export/page-layout';
import { useTempDirs } from '../../helpers/temp-dir';
import type { TestApp } from '../../helpers/test-app';
import { DESIGNATION, type ChartFixture } from './chart-fixture';
import { createChartedApp, SMALL_CHART } from './exported-app';

const artifacts = join(__dirname, '../../e2e/artifacts');
const tempDir = useTempDirs();
let app: TestApp;
let fixture: ChartFixture;
let pdf: string;
let pages: Word[][];

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Landscape Letter with one-inch margins: the body lies between these, the header and footer outside. */
const BODY = { top: 72, bottom: 612 - 72 };

/** Every word of every page with its box, from `pdftotext -bbox`. */
function wordsByPage(file: string): Word[][] {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return xhtml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
      })),
    );
}

/** The body's words between two x positions, page after page, top to bottom and left to right: one column's text. */
function columnText(from: number, to: number, skip: readonly string[]): string {
  const text = pages
    .map((words) =>
      words
        .filter((w) => w.xMin >= from - 1 && w.xMax <= to + 1 && w.yMin >= BODY.top && w.yMax <= BODY.bottom)
        .sort((a, b) => Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin)
        .map((w) => w.text)
        .join(' '),
    )
    .join(' ');
  return skip.reduce((t, heading) => t.split(heading).join(' '), text);
}

/** Compared without spaces and hyphens: lines wrap, and pdftotext joins a word hyphenated at a line's end. */
const squeeze = (text: string) => text.replace(/[\s\u00AD-]+/g, '');

function expectInOrder(haystack: string, needles: readonly string[]): void {
  const squeezed = squeeze(haystack);
  let at = 0;
  for (const needle of needles) {
    const found = squeezed.indexOf(squeeze(needle), at);
    expect(found, `“${needle.slice(0, 60)}…” in order`).toBeGreaterThanOrEqual(0);
    at = found + squeeze(needle).length;
  }
}

/** The chart exported as DOCX with its status column, rendered to PDF by LibreOffice. */
async function renderedPdf(charted: TestApp, chartId: number): Promise<string> {
  const dir = tempDir();
  const docx = join(dir, 'chart.docx');
  const result = await charted.call('export.run', { chartId, format: 'docx', outputPath: docx, options: { includeStatus: true } });
  expect(result.status).toBe('written');
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
  return join(dir, 'chart.pdf');
}

beforeAll(async () => {
  ({ app, fixture } = await createChartedApp());
  pdf = await renderedPdf(app, fixture.chartId);
  pages = wordsByPage(pdf);
  mkdirSync(artifacts, { recursive: true });
  for (const old of readdirSync(artifacts).filter((f) => f.startsWith('export-docx-'))) rmSync(join(artifacts, old));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(artifacts, 'export-docx')]);
}, 180_000);
afterAll(() => app?.dispose());

describe('DOCX export rendered by LibreOffice', () => {
  it('prints on landscape Letter pages, each with the designation and "Page X of Y"', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+792 x 612 pts/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(text.length).toBe(pages.length);
    text.forEach((page, i) => {
      expect(page).toContain(DESIGNATION);
      expect(page).toContain(`Page ${i + 1} of ${text.length}`);
    });
    expect(readdirSync(artifacts).filter((f) => /^export-docx-\d+\.png$/.test(f))).toHaveLength(pages.length);
  });

  it('shows the caption on the first page', () => {
    const first = pages[0]!.map((w) => w.text).join(' ');
    for (const line of ['Hewlett Packard Enterprise Co. v. Inspur Group Co., Ltd. et al.', 'Case No. 4:24-cv-02220-JST', 'Exhibit A', 'Infringement Chart — U.S. Patent No. 7,634,671 — Aivres KR2280-X1', 'Inspur NF5280M5']) {
      expect(squeeze(first)).toContain(squeeze(line));
    }
  });

  it('has every limitation’s words, verbatim and in order, in the claim column under its label', () => {
    const layout = chartLayout('letter', true);
    const points = (twips: number) => twips / 20;
    const left = points(layout.margin);
    const claimColumn = columnText(left, left + points(layout.columnWidths[0]!), ['U.S. Patent No. 7,634,671']);
    expectInOrder(claimColumn, fixture.rows.flatMap((row) => [row.label, row.claimText]));
  });

  it('has every quote, with its cite after it, in the evidence column', () => {
    const layout = chartLayout('letter', true);
    const points = (twips: number) => twips / 20;
    const left = points(layout.margin + layout.columnWidths[0]!);
    const evidence = columnText(left, left + points(layout.columnWidths[1]!), ['Aivres KR2280-X1']);
    expectInOrder(evidence, fixture.quotes);
    for (const quote of fixture.quotes) expect(squeeze(evidence)).toMatch(new RegExp(`${escapeRegExp(squeeze(quote))}KR2280(Manual|Datasheet)at`));
  });

  it('never parts a cite from its quote, a caption from its figure, or a label from its claim language at a page break', () => {
    expect(pages.length).toBeGreaterThan(4);
    expectNothingPartedAtPageBreaks(pages, fixture);
  });
});

describe('a long DOCX export rendered by LibreOffice', () => {
  it('never parts a cite from its quote, a caption from its figure, or a label from its claim language at a page break', async () => {
    const long = await createChartedApp({ ...SMALL_CHART, textExcerpts: 120, figures: 6 });
    try {
      const longPages = wordsByPage(await renderedPdf(long.app, long.fixture.chartId));
      expect(longPages.length).toBeGreaterThan(15); // enough page breaks to meet every kind of block at one
      expectNothingPartedAtPageBreaks(longPages, long.fixture);
    } finally {
      await long.app.dispose();
    }
  }, 180_000);
});

/**
 * Each chart page, below its repeated header row, does not start with a quote's cite line or a figure's
 * caption without its figure, and does not end with a label without the claim language under it.
 */
function expectNothingPartedAtPageBreaks(rendered: readonly Word[][], charted: ChartFixture): void {
  const layout = chartLayout('letter', true);
  const points = (twips: number) => twips / 20;
  const claimLeft = points(layout.margin);
  const evidenceLeft = claimLeft + points(layout.columnWidths[0]!);
  const labels = new Set(charted.rows.map((row) => row.label));
  rendered.forEach((words, p) => {
    const evidence = linesOf(words, evidenceLeft, evidenceLeft + points(layout.columnWidths[1]!));
    const at = evidence.findIndex((line) => line.text === 'Aivres KR2280-X1');
    if (at < 0) return; // the index of exhibits
    const [header, first] = evidence.slice(at);
    expect(first?.text ?? '', `page ${p + 1} starts with a quote’s cite`).not.toMatch(/^KR2280 (Manual|Datasheet) at/);
    // A caption right under the header row has no figure above it (a figure is over two inches high).
    if (first?.text.startsWith('Power monitoring screen')) expect(first.y - header!.y, `page ${p + 1} starts with a figure’s caption`).toBeGreaterThan(144);
    const last = linesOf(words, claimLeft, evidenceLeft).at(-1)?.text ?? '';
    expect(labels.has(last), `page ${p + 1} ends with the label ${last} alone`).toBe(false);
  });
}

/** One page's lines of text between two x positions, top to bottom, within the body. */
function linesOf(words: readonly Word[], from: number, to: number): { y: number; text: string }[] {
  const lines = new Map<number, Word[]>();
  for (const w of words.filter((w) => w.xMin >= from - 1 && w.xMax <= to + 1 && w.yMin >= BODY.top && w.yMax <= BODY.bottom)) {
    const y = Math.round(w.yMin);
    lines.set(y, [...(lines.get(y) ?? []), w]);
  }
  return [...lines].sort(([a], [b]) => a - b).map(([y, line]) => ({ y, text: line.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(' ') }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
