/**
 * "End to end in Chromium: export the sample chart from the dialog, the file is written, the app reports the
 * verification result." A chart for US 7,634,671 claim 1 against the Aivres KR2280-X1 with a quote in [1a]
 * and a figure in [1c] (the manual, its excerpts and the chart made through the app's services) is exported
 * as DOCX from the chart's Export… dialog in the browser. The file is checked as a ZIP of XML parts and as
 * LibreOffice renders it. Then the quote is edited in its cell so it no longer matches: the dialog names the
 * failing quote and its row and holds the export until a reason is given, and the reason is recorded.
 *
 * In browser mode the dialog cannot choose a path on disk: the file is written under the user data folder's
 * Exports/ (the dialog says where) and offered as a download of the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, startE2eApp, type E2eApp } from './harness';
import { importKr2280Manual, type ImportedManual } from './manual-fixture';

const QUOTE = 'The management controller runs an autodiscovery service that finds every network device on the rack.';
const EDITED_QUOTE = 'The management controller runs an discovery service that finds every network device on the rack.';
const LIMITATION_1A = 'running an autodiscovery tool to discover the network devices of the managed IT network;';
const MANUAL_PAGES = [
  `Chapter 3: Discovery\n${QUOTE}\nDevices answer at their management address.`,
  'Chapter 4: Power monitoring\nThe console collects the readings centrally and raises an alarm outside the configured range.',
];
const CHART_TITLE = 'US 7,634,671 — Aivres KR2280-X1';
/** The chart's title as a file name (the dash and commas are not kept). */
const exportedName = (exportId: number) => `US 7-634-671 - Aivres KR2280-X1 (export ${exportId}).docx`;
const OVERRIDE_REASON = 'Draft for internal review; the [1a] quote is fixed before service';

let app: E2eApp;
let page: Page;
let manual: ImportedManual;
/** Downloads and LibreOffice's renderings. */
let tempDir: string;
let chartId: number;

beforeAll(async () => {
  app = await startE2eApp();
  tempDir = mkdtempSync(join(tmpdir(), 'claimchart-export-docx-e2e-'));
  manual = await importKr2280Manual(app, MANUAL_PAGES);
  const { call, documentId } = manual;
  const quote = await call('excerpt.create', { kind: 'text', documentId, page: 1, quote: QUOTE });
  const figureId = await manual.addFigure(2, 'Power monitoring screen');
  const chart = await call('chart.create', { kind: 'infringement', patentId: manual.patentId, claimNumbers: [1], productId: manual.productId });
  chartId = chart.id;
  const limitation = (label: string) => chart.rows.find((r) => r.label === label)!.limitationId;
  await call('chart.cite', { chartId, limitationId: limitation('[1a]'), excerptId: quote.id, status: 'literal' });
  await call('chart.cite', { chartId, limitationId: limitation('[1c]'), excerptId: figureId });
  page = await app.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await app?.close();
  manual?.dispose();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

const row = (label: string) => page.getByRole('region', { name: `Row ${label}`, exact: true });
const exportDialog = () => page.getByRole('dialog', { name: `Export “${CHART_TITLE}”` });
const exportedDialog = () => page.getByRole('dialog', { name: 'Exported' });
const allSaved = () => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

interface ExportRow {
  readonly id: number;
  readonly chartId: number;
  readonly format: string;
  readonly verification: string;
  readonly overrideReason: string | null;
}

/** Every export of the chart, as the matter file records it. */
function exportsInFile(): ExportRow[] {
  return app.ctx.session.current.db
    .prepare('SELECT id, chart_id AS chartId, format, verification, override_reason AS overrideReason FROM exports WHERE chart_id = ? ORDER BY id')
    .all(chartId) as ExportRow[];
}

/** Compared without spaces and hyphens: lines wrap, and pdftotext joins a word hyphenated at a line's end. */
const squeeze = (text: string) => text.replace(/[\s\u00AD-]+/g, '');

interface Word {
  readonly text: string;
  readonly x: number;
  readonly xMax: number;
  readonly y: number;
}

/** Every word of a PDF's first page with its box, from `pdftotext -bbox`. */
function firstPageWords(pdf: string): Word[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  return [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    xMax: Number(m[3]),
    text: m[4]!,
  }));
}

/** One column as a reader reads it: the words between two x positions, top to bottom (pdftotext's plain output interleaves columns). */
function columnText(words: readonly Word[], fromX: number, toX: number): string {
  return words
    .filter((w) => w.x >= fromX && w.xMax <= toX)
    .sort((a, b) => Math.round(a.y) - Math.round(b.y) || a.x - b.x)
    .map((w) => w.text)
    .join(' ');
}

/** Exports with the dialog's Export button and answers the written file's path, as the dialog reports it. */
async function exportAndReadPath(dialog: Locator): Promise<string> {
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const done = exportedDialog();
  await done.waitFor();
  const saved = (await done.getByText(/^Saved as /).textContent())!;
  return saved.replace(/^Saved as /, '');
}

/** The file the dialog's Download link hands the browser, under the name the file was written with. */
async function download(done: Locator, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), done.getByRole('link', { name: 'Download' }).click()]);
  const to = join(tempDir, `download-${Date.now()}.docx`);
  await file.saveAs(to);
  expect(file.suggestedFilename()).toBe(name);
  return readFileSync(to);
}

describe('DOCX export from the dialog', () => {
  it('opens the chart with its quote and figure', async () => {
    await page.getByRole('heading', { name: /Hewlett Packard Enterprise/ }).first().waitFor();
    await page.evaluate((id) => (location.hash = `#/chart/${id}`), chartId);
    await page.getByRole('heading', { level: 2, name: CHART_TITLE }).waitFor();
    await row('[1a]').locator('blockquote').getByText(QUOTE).waitFor();
    await row('[1a]').getByText('Matches the source').waitFor();
    await row('[1c]').locator('figure img').waitFor();
  });

  it('verifies every quote, writes the DOCX to the Exports folder, says where, and offers it as a download', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = exportDialog();
    // The verification result: passed, with how many quotes and citations were checked (one quote, two citations).
    const verified = dialog.getByRole('status').filter({ hasText: /^Verified:/ });
    await verified.waitFor();
    expect(await verified.textContent()).toMatch(/^Verified: 1 quotes? and 2 citations checked against their documents\.$/);
    // DOCX is the default; chosen here all the same, as a user would.
    await dialog.getByRole('radio', { name: 'Word document (.docx)' }).check({ force: true });
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isEnabled()).toBe(true);
    await app.screenshot(page, 'export-dialog-docx-verified');

    const path = await exportAndReadPath(dialog);
    const [record] = exportsInFile();
    expect(record).toMatchObject({ format: 'docx', overrideReason: null });
    expect(JSON.parse(record!.verification)).toMatchObject({ passed: true, quotesChecked: 1, citationsChecked: 2, problems: [] });
    // Browser mode: no path is chosen, so the file goes to the user data folder's Exports/, named after the chart.
    expect(path).toBe(join(app.dataDir, 'Exports', exportedName(record!.id)));
    expect(existsSync(path)).toBe(true);
    const done = exportedDialog();
    expect(await done.getByText(basename(path), { exact: true }).count()).toBe(1);
    expect(await done.getByText(/Exported despite failed verification/).count()).toBe(0);
    // The result says again what was verified, beside where the file went.
    await done.getByText('Verified: 1 quote and 2 citations checked against their documents.').waitFor();
    await app.screenshot(page, 'export-dialog-docx-exported');
    // The download is the written file, byte for byte.
    expect((await download(done, basename(path))).equals(readFileSync(path))).toBe(true);
    await done.getByRole('button', { name: 'Done' }).click();
    await done.waitFor({ state: 'detached' });

    // A valid DOCX: the ZIP is sound and its main part holds the chart's table with the quote and the claim language.
    execFileSync('unzip', ['-tq', path]);
    const entries = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
    expect(entries).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    expect(entries.filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    const documentXml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(documentXml).toContain('<w:tbl>');
    expect(documentXml).toContain('<w:drawing>');
    expect(documentXml).toContain(QUOTE);
    expect(documentXml).toContain(LIMITATION_1A);

    // As LibreOffice renders it: the limitation in the claim column, the quote in the evidence column, on page 1.
    const outDir = join(tempDir, 'rendered');
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, path], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(outDir, basename(path).replace(/\.docx$/, '.pdf'));
    expect(existsSync(pdf)).toBe(true);
    // Page 1 has the [1a] row: its limitation in the claim column, the quote in the evidence column (split at
    // the quote's left edge). The figure of [1c] is in the document too.
    const words = firstPageWords(pdf);
    const quoteStart = words.findIndex((w, i) => w.text === 'The' && words[i + 1]?.text === 'management');
    expect(quoteStart, 'the quote’s first words on page 1').toBeGreaterThanOrEqual(0);
    const split = words[quoteStart]!.x - 2;
    const claimColumn = columnText(words, 0, split);
    expect(claimColumn).toContain('[1a]');
    expect(squeeze(claimColumn)).toContain(squeeze(LIMITATION_1A));
    expect(squeeze(columnText(words, split, Infinity))).toContain(squeeze(QUOTE));
    expect(squeeze(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }))).toContain(squeeze('Power monitoring screen KR2280 Manual at 2'));
    // The [1c] row is short (its claim language and a figure), so it moves to the next page whole: its
    // label is on the page with its figure, not left beside an empty evidence cell.
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
    const withLabel = pages.findIndex((text) => text.includes('[1c]'));
    expect(withLabel).toBeGreaterThanOrEqual(0);
    expect(squeeze(pages[withLabel]!)).toContain(squeeze('Power monitoring screen'));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(artifactsDir, 'export-dialog-docx-1')]);
    expect(existsSync(join(artifactsDir, 'export-dialog-docx-1.png'))).toBe(true);
  });

  it('blocks the export of a quote edited away from its source until a reason is given, and records the reason', async () => {
    // Edit the quote in its cell: one word changed, so it no longer matches its page.
    const editor = page.getByRole('textbox', { name: 'Evidence for [1a]', exact: true });
    const word = await editor.locator('blockquote .cell-quote__text').evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('autodiscovery');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'autodiscovery'.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error('"autodiscovery" is not in the quote');
    });
    await page.mouse.dblclick(word.x, word.y);
    await page.keyboard.type('discovery');
    await editor.getByText(/Differs from the source at “discovery/).waitFor();
    expect(await editor.locator('blockquote .cell-quote__text').textContent()).toBe(EDITED_QUOTE);
    await allSaved();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = exportDialog();
    const failed = dialog.getByRole('alert').filter({ hasText: /problem/ });
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(/^\s*One problem found \(1 quotes? and 2 citations checked against their documents\):/);
    const problem = failed.getByRole('listitem');
    expect(await problem.count()).toBe(1);
    // The failing quote, marked from where it departs from the source, and its row, which links to it.
    expect(await problem.getByRole('link', { name: '[1a]' }).getAttribute('href')).toMatch(new RegExp(`^#/chart/${chartId}\\?row=\\d+$`));
    // (the dialog shows 60 characters from there).
    const departs = EDITED_QUOTE.indexOf('discovery service');
    expect(await problem.locator('q').textContent()).toBe(`${EDITED_QUOTE.slice(0, departs + 60)}…`);
    expect(await problem.locator('mark').textContent()).toBe(EDITED_QUOTE.slice(departs, departs + 60));

    await dialog.getByRole('radio', { name: 'Word document (.docx)' }).check({ force: true });
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    expect(await exportButton.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Export anyway' }).check({ force: true });
    const reason = dialog.getByRole('textbox', { name: /Why \(recorded with the export\)/ });
    expect(await exportButton.isDisabled()).toBe(true); // no reason yet
    await reason.fill('ok');
    expect(await exportButton.isDisabled()).toBe(true); // too short to be a reason
    await reason.fill(OVERRIDE_REASON);
    expect(await exportButton.isEnabled()).toBe(true);
    await app.screenshot(page, 'export-dialog-docx-blocked');

    const path = await exportAndReadPath(dialog);
    const done = exportedDialog();
    await done.getByText(`Exported despite failed verification: “${OVERRIDE_REASON}” (recorded with the export).`).waitFor();
    await done.getByText(/^\s*One problem found/).waitFor();
    await app.screenshot(page, 'export-dialog-docx-overridden');

    // Recorded: the second export of the chart, with its failed verification and the reason.
    const records = exportsInFile();
    expect(records).toHaveLength(2);
    const overridden = records[1]!;
    expect(overridden).toMatchObject({ format: 'docx', overrideReason: OVERRIDE_REASON });
    const verification = JSON.parse(overridden.verification) as { passed: boolean; problems: { kind: string; rowLabel: string; quote: string }[] };
    expect(verification.passed).toBe(false);
    expect(verification.problems).toEqual([expect.objectContaining({ kind: 'quote-not-in-source', rowLabel: '[1a]', quote: EDITED_QUOTE })]);
    // Written, as the dialog says, and it is the chart as it is now: the edited quote.
    expect(path).toBe(join(app.dataDir, 'Exports', exportedName(overridden.id)));
    expect(existsSync(path)).toBe(true);
    expect((await download(done, basename(path))).equals(readFileSync(path))).toBe(true);
    expect(execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })).toContain(EDITED_QUOTE);
    await done.getByRole('button', { name: 'Done' }).click();
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
