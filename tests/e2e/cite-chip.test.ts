/**
 * A cite inline in the commentary: "The BMC reports power (see KR2280 Manual at AIVRES_0001234) …". In a
 * row's cell a chip is put at the caret from the evidence panel's "Insert cite" and from the toolbar's
 * "Cite…" picker (found by words of the quote); the chip shows its excerpt's pinpoint cite, Backspace
 * deletes it whole and Ctrl+Z brings it back; it is saved (the cell's content holds a citation node bound to
 * the excerpt, cell_citations lists it, the excerpt card says "Cited in [1a]"), is there after a reload, and
 * every export prints its cite where it stands.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv';
import { startE2eApp, type E2eApp } from './harness';
import { importKr2280Manual, type ImportedManual } from './manual-fixture';

const POWER_QUOTE = 'The baseboard management controller reports the input power of the node in watts.';
const FAN_QUOTE = 'The fan controller raises the fan speed when the inlet temperature exceeds its threshold.';
const POWER_CITE = 'KR2280 Manual at AIVRES_0001234';
const FAN_CITE = 'KR2280 Manual at AIVRES_0001235';
const COMMENTARY = `The BMC reports power (see ${POWER_CITE}) and cools the node (see ${FAN_CITE}).`;

let app: E2eApp;
let page: Page;
let manual: ImportedManual;
let chartId: number;
let powerId: number;
let fanId: number;
let limitationId: number;
const outDir = mkdtempSync(join(tmpdir(), 'claimchart-e2e-cite-chip-'));

beforeAll(async () => {
  app = await startE2eApp();
  manual = await importKr2280Manual(app, [`Chapter 4: Power\n${POWER_QUOTE}`, `Chapter 5: Cooling\n${FAN_QUOTE}`], { batesPrefix: 'AIVRES_', batesStart: 1234 });
  const { call, documentId } = manual;
  powerId = (await call('excerpt.create', { kind: 'text', documentId, page: 1, quote: POWER_QUOTE })).id;
  fanId = (await call('excerpt.create', { kind: 'text', documentId, page: 2, quote: FAN_QUOTE })).id;
  const chart = await call('chart.create', { kind: 'infringement', patentId: manual.patentId, claimNumbers: [1], productId: manual.productId });
  chartId = chart.id;
  limitationId = chart.rows.find((r) => r.label === '[1a]')!.limitationId;
  page = await app.newPage();
  page.setDefaultTimeout(15_000);
  await page.getByRole('heading', { name: /Hewlett Packard Enterprise/ }).first().waitFor();
  await page.evaluate((id) => (location.hash = `#/chart/${id}`), chartId);
});

afterAll(async () => {
  await app?.close();
  manual?.dispose();
  rmSync(outDir, { recursive: true, force: true });
});

const row = (label: string) => page.getByRole('region', { name: `Row ${label}`, exact: true });
const cell = (label: string) => page.getByRole('textbox', { name: `Evidence for ${label}`, exact: true });
const excerptCard = (cite: string) => page.getByRole('article', { name: `Excerpt at ${cite}`, exact: true });
const chips = (within: Locator) => within.locator('.cell-chip');
/** Each chip's cite as shown (without the zero-width text Slate keeps inside a void). */
const chipCites = async (within: Locator) => (await chips(within).allTextContents()).map((t) => t.replace(/\uFEFF/g, ''));
const picker = () => page.getByRole('dialog', { name: 'Insert a cite' });
const allSaved = () => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

/** The cell's words as shown, each chip as its cite. */
const cellText = (label: string) => cell(label).evaluate((el) => (el.textContent ?? '').replace(/\uFEFF/g, ''));

/** The stored content of [1a]'s cell and the excerpts cell_citations lists for it, as the matter file holds them. */
function storedCell(): { content: unknown; cited: number[] } {
  const db = app.ctx.session.current.db;
  const cellRow = db.prepare('SELECT id, content FROM cells WHERE chart_id = ? AND limitation_id = ?').get(chartId, limitationId) as { id: number; content: string };
  const cited = db.prepare('SELECT excerpt_id AS id FROM cell_citations WHERE cell_id = ? ORDER BY excerpt_id').all(cellRow.id) as { id: number }[];
  return { content: JSON.parse(cellRow.content), cited: cited.map((c) => c.id) };
}

const chip = (excerptId: number) => ({ type: 'citation', excerptId, children: [{ text: '' }] });

describe('citation chips', () => {
  it('puts a chip at the caret with the evidence panel’s Insert cite', async () => {
    await row('[1a]').waitFor();
    await cell('[1a]').click({ position: { x: 4, y: 4 } });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Evidence for [1a]');
    await page.keyboard.type('The BMC reports power (see ');
    await page.getByRole('complementary', { name: 'Evidence' }).getByText('[1a]', { exact: true }).waitFor();
    await excerptCard(POWER_CITE).getByRole('button', { name: 'Insert cite' }).click();
    await chips(cell('[1a]')).first().waitFor();
    expect(await chipCites(cell('[1a]'))).toEqual([POWER_CITE]);
    // Focus is back in the cell, the caret after the chip: typing goes on from there.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Evidence for [1a]');
    await page.keyboard.type(') and cools the node (see ');
    expect(await cellText('[1a]')).toBe(`The BMC reports power (see ${POWER_CITE}) and cools the node (see `);
  });

  it('puts a chip at the caret from the toolbar’s Cite… picker, found by words of the quote', async () => {
    const toolbar = page.getByRole('toolbar', { name: 'Formatting of evidence for [1a]' });
    await toolbar.getByRole('button', { name: /^Cite…/ }).click();
    const search = picker().getByRole('searchbox', { name: 'Find an excerpt' });
    await search.waitFor();
    const options = picker().getByRole('listbox', { name: 'Excerpts to cite' }).getByRole('option');
    await options.nth(1).waitFor();
    expect(await options.count()).toBe(2);
    // Words of the quote, not side by side and in another order, find it alone.
    await search.fill('threshold fan inlet');
    await options.filter({ hasText: FAN_CITE }).waitFor();
    expect(await options.count()).toBe(1);
    await app.screenshot(page, 'cite-chip-picker');
    await page.keyboard.press('Enter');
    await picker().waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Evidence for [1a]');
    await page.keyboard.type(').');
    expect(await chipCites(cell('[1a]'))).toEqual([POWER_CITE, FAN_CITE]);
    expect(await cellText('[1a]')).toBe(COMMENTARY);
  });

  it('opens the same picker with Ctrl+Shift+K; Escape closes it and leaves the caret where it was', async () => {
    await page.keyboard.press('Control+Shift+K');
    await picker().getByRole('searchbox', { name: 'Find an excerpt' }).waitFor();
    await page.keyboard.press('Escape');
    await picker().waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Evidence for [1a]');
    await page.keyboard.type(' OK');
    expect(await cellText('[1a]')).toBe(`${COMMENTARY} OK`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    expect(await cellText('[1a]')).toBe(COMMENTARY);
  });

  it('deletes a chip whole with Backspace, and Ctrl+Z brings it back', async () => {
    // The caret after ")." : two characters back, it is just after the second chip.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    expect(await chipCites(cell('[1a]'))).toEqual([POWER_CITE]);
    expect(await cellText('[1a]')).toBe(`The BMC reports power (see ${POWER_CITE}) and cools the node (see ).`);
    await page.keyboard.press('Control+z');
    await chips(cell('[1a]')).nth(1).waitFor();
    expect(await chipCites(cell('[1a]'))).toEqual([POWER_CITE, FAN_CITE]);
    expect(await cellText('[1a]')).toBe(COMMENTARY);
    await allSaved();
  });

  it('saves a citation node bound to each excerpt, and the cards say where they are cited', async () => {
    const stored = storedCell();
    expect(stored.content).toEqual([
      { type: 'paragraph', children: [{ text: 'The BMC reports power (see ' }, chip(powerId), { text: ') and cools the node (see ' }, chip(fanId), { text: ').' }] },
    ]);
    expect(stored.cited).toEqual([powerId, fanId].sort((a, b) => a - b));
    await excerptCard(POWER_CITE).getByRole('link', { name: '[1a]' }).waitFor();
    await excerptCard(FAN_CITE).getByRole('link', { name: '[1a]' }).waitFor();
    expect(await excerptCard(FAN_CITE).locator('.excerpt-usage').textContent()).toBe('Cited in [1a]');
  });

  it('appends a chip to the end of a row’s commentary when its cell is not being edited', async () => {
    await page.keyboard.press('Escape');
    await row('[1b]').getByRole('button', { name: /Status of \[1b\]/ }).focus();
    await page.getByRole('complementary', { name: 'Evidence' }).getByText('[1b]', { exact: true }).waitFor();
    await excerptCard(FAN_CITE).getByRole('button', { name: 'Insert cite' }).click();
    await chips(row('[1b]')).first().waitFor();
    expect(await chipCites(row('[1b]'))).toEqual([FAN_CITE]);
    await allSaved();
  });

  it('keeps the chips across a reload', async () => {
    await page.reload();
    await row('[1a]').waitFor();
    await chips(cell('[1a]')).nth(1).waitFor();
    expect(await chipCites(cell('[1a]'))).toEqual([POWER_CITE, FAN_CITE]);
    expect(await cellText('[1a]')).toBe(COMMENTARY);
    // Each chip opens its excerpt in the viewer.
    expect(await cell('[1a]').getByRole('link', { name: FAN_CITE }).getAttribute('href')).toBe(`#/document/${manual.documentId}?page=2&excerpt=${fanId}`);
    await excerptCard(FAN_CITE).getByRole('link', { name: '[1b]' }).waitFor();
    await app.screenshot(page, 'cite-chip');
  });

  it('exports each chip as its cite, where it stands, in CSV, HTML and DOCX', async () => {
    const exported = async (format: 'csv' | 'html' | 'docx') => {
      const outputPath = join(outDir, `chart.${format}`);
      await manual.call('export.run', { chartId, format, outputPath });
      return outputPath;
    };
    const [header, ...records] = parseCsv(readFileSync(await exported('csv'), 'utf8').slice(1));
    expect(records.find((r) => r[1] === '[1a]')![header!.indexOf('Aivres KR2280-X1')]).toBe(COMMENTARY);
    const html = readFileSync(await exported('html'), 'utf8');
    expect(html.replace(/<[^>]*>/g, '')).toContain(COMMENTARY);
    const docx = execFileSync('unzip', ['-p', await exported('docx'), 'word/document.xml'], { encoding: 'utf8' });
    expect(docx.replace(/<[^>]*>/g, '')).toContain(COMMENTARY);
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
