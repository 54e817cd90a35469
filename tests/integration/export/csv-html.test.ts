/**
 * CSV: one record per limitation, RFC 4180, no field a spreadsheet would run as a formula.
 * HTML: one self-contained file that Chromium shows with its figures and prints with the header repeated.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCell, writeCell } from '../../../electron/services/charts/cells';
import { parseCsv } from '../../helpers/csv';
import { useTempDirs } from '../../helpers/temp-dir';
import type { TestApp } from '../../helpers/test-app';
import { expectEachQuoteCitedOnce, INTERNAL_NOTE, quotesWithCites, type ChartFixture } from './chart-fixture';
import { createChartedApp } from './exported-app';

const tempDir = useTempDirs();
let app: TestApp;
let fixture: ChartFixture;

beforeAll(async () => {
  ({ app, fixture } = await createChartedApp());
}, 60_000);
afterAll(() => app?.dispose());

describe('CSV export', () => {
  const dangerous = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd'];

  it('writes one RFC 4180 record per limitation, every formula neutralized, no internal note', async () => {
    app.ctx.session.write((db) =>
      dangerous.forEach((text, i) => {
        const row = fixture.rows[i]!;
        const cell = readCell(db, fixture.chartId, row.limitationId)!;
        writeCell(db, fixture.chartId, row.limitationId, { ...cell, content: [{ type: 'paragraph', children: [{ text }] }, ...cell.content] });
      }),
    );
    const outputPath = join(tempDir(), 'chart.csv');
    await app.call('export.run', { chartId: fixture.chartId, format: 'csv', outputPath, options: { includeStatus: true } });
    const bytes = readFileSync(outputPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).not.toContain(INTERNAL_NOTE);
    const [header, ...records] = parseCsv(text);
    expect(header).toEqual(['Claim', 'Label', 'U.S. Patent No. 7,634,671', 'Status', 'Aivres KR2280-X1', 'Function', 'Way', 'Result']);
    expect(records.map((r) => [r[1], r[2]])).toEqual(fixture.rows.map((row) => [row.label, row.claimText]));
    for (const record of records) {
      expect(record).toHaveLength(header!.length);
      for (const field of record) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }
    dangerous.forEach((text, i) => expect(records[i]![4]!.startsWith(`'${text}`)).toBe(true));
    // Commas, quotes and line breaks inside a field survive the round trip.
    expect(records[0]![4]).toContain('\n');
    expect(records.some((r) => r[5] === 'Monitoring the power drawn by each managed device.')).toBe(true);
    // One line per block: a quote's line ends with its cite, and the line after it does not repeat it.
    expectEachQuoteCitedOnce(records.flatMap((r) => r[4]!.split('\n')), quotesWithCites((await app.call('chart.get', { chartId: fixture.chartId })).rows));
  });
});

describe('HTML export', () => {
  it('prints each quote’s cite once, after its words', async () => {
    const outputPath = join(tempDir(), 'chart.html');
    await app.call('export.run', { chartId: fixture.chartId, format: 'html', outputPath });
    const html = readFileSync(outputPath, 'utf8');
    // A block quote (its words and its cite) is one block; every other paragraph, list item or figure another.
    const blocks = html
      .replace(/(<blockquote><p>[\s\S]*?)<\/p>/g, '$1 ')
      .split(/<\/(?:blockquote|p|li|figure|td)>/)
      .map((block) => block.replace(/<[^>]*>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expectEachQuoteCitedOnce(blocks, quotesWithCites((await app.call('chart.get', { chartId: fixture.chartId })).rows));
  });

  it('is one self-contained file that Chromium shows with its figures, without any script', async () => {
    const outputPath = join(tempDir(), 'chart.html');
    await app.call('export.run', { chartId: fixture.chartId, format: 'html', outputPath });
    const html = readFileSync(outputPath, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(INTERNAL_NOTE);
    expect(html).not.toMatch(/(src|href)="(?!data:)/);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(outputPath).href);
      const images = await page.$$eval('img', (imgs) => imgs.map((img) => ({ complete: img.complete, width: img.naturalWidth })));
      expect(images).toHaveLength(fixture.figureCount);
      for (const image of images) expect(image.width).toBeGreaterThan(500);
      expect(requests.filter((url) => !url.startsWith('data:') && url !== pathToFileURL(outputPath).href)).toEqual([]);
      const rows = await page.$$eval('table.chart tbody tr:not(.claim) p.label', (labels) => labels.map((l) => l.textContent));
      expect(rows.filter((label, i, all) => all.indexOf(label) === i)).toEqual(fixture.rows.map((row) => row.label));
      await page.screenshot({ path: join(__dirname, '../../e2e/artifacts/export-html.png') });

      // Printed: landscape Letter pages, the table header (with the designation) on every one.
      await page.emulateMedia({ media: 'print' });
      expect(await page.$eval('table.chart thead', (thead) => getComputedStyle(thead).display)).toBe('table-header-group');
      const pdf = join(tempDir(), 'printed.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+792 x 612 pts/);
      const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
      expect(printed.length).toBeGreaterThan(2);
      // The chart's pages (the index of exhibits starts a page of its own).
      for (const text of printed.slice(0, -1)) expect(text).toContain('Aivres KR2280-X1');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
