/**
 * "From the viewer, 'Cite in…' picks a row": an excerpt in the document viewer's excerpt panel is cited in a
 * chart row through the dialog (the chart, then a row found by its claim language or its label), the card
 * then says where it is cited, and the chart shows the quote (or the figure) in that row. The manual, its
 * excerpts and the chart are made through the app's services; the citing is done in the browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './harness';
import { importKr2280Manual, type ImportedManual } from './manual-fixture';

const QUOTE = 'The management controller runs an autodiscovery service that finds every network device on the rack.';
const MANUAL_PAGES = [`Chapter 3: Discovery\n${QUOTE}\nDevices answer at their management address.`, 'Chapter 4: Power monitoring\nThe console collects the readings.'];
const CHART_TITLE = 'US 7,634,671 — Aivres KR2280-X1';

let app: E2eApp;
let page: Page;
let manual: ImportedManual;
let chartId: number;
let quoteExcerptId: number;
let figureExcerptId: number;

beforeAll(async () => {
  app = await startE2eApp();
  manual = await importKr2280Manual(app, MANUAL_PAGES);
  const { call, documentId } = manual;
  quoteExcerptId = (await call('excerpt.create', { kind: 'text', documentId, page: 1, quote: QUOTE })).id;
  figureExcerptId = await manual.addFigure(2, 'Power screen');
  chartId = (await call('chart.create', { kind: 'infringement', patentId: manual.patentId, claimNumbers: [1], productId: manual.productId })).id;
  page = await app.newPage();
  page.setDefaultTimeout(15_000);
  await page.getByRole('heading', { name: /Hewlett Packard Enterprise/ }).first().waitFor();
});

afterAll(async () => {
  await app?.close();
  manual?.dispose();
});

const card = (cite: string) => page.getByRole('article', { name: `Excerpt at ${cite}`, exact: true });
const dialog = () => page.getByRole('dialog', { name: 'Cite in a chart row' });

/** The rows of the chart citing each excerpt, as the matter file holds them. */
function citationsInFile(): { excerptId: number; limitationId: number }[] {
  return app.ctx.session.current.db
    .prepare('SELECT cc.excerpt_id AS excerptId, c.limitation_id AS limitationId FROM cell_citations cc JOIN cells c ON c.id = cc.cell_id WHERE c.chart_id = ? ORDER BY 1')
    .all(chartId) as { excerptId: number; limitationId: number }[];
}

describe('Cite in… from the viewer', () => {
  it('cites a quote in a row found by its claim language, and the card says where it is cited', async () => {
    await page.evaluate((id) => (location.hash = `#/document/${id}`), manual.documentId);
    const quoteCard = card('KR2280 Manual at 1');
    await quoteCard.getByText('Not cited yet').waitFor();

    await quoteCard.getByRole('button', { name: 'Cite in…' }).click();
    // The matter's only chart is chosen; its rows are listed with their label and claim language.
    await expect(dialog().getByRole('button', { name: /Chart/ }).textContent()).resolves.toContain(CHART_TITLE);
    const rows = dialog().getByRole('listbox', { name: `Rows of ${CHART_TITLE}` });
    await rows.getByRole('option', { name: /^\[1pre\]/ }).waitFor();
    await dialog().getByRole('searchbox', { name: 'Row' }).fill('autodiscovery');
    await rows.getByRole('option', { name: /^\[1a\] running an autodiscovery tool/ }).waitFor();
    expect(await rows.getByRole('option').count()).toBe(1);
    await rows.getByRole('option', { name: /^\[1a\]/ }).click();
    await dialog().getByText('The quote and its cite go at the end of [1a]').waitFor();
    await app.screenshot(page, 'cite-in-dialog');
    await dialog().getByRole('button', { name: 'Cite in [1a]' }).click();
    await dialog().waitFor({ state: 'detached' });

    await quoteCard.getByRole('link', { name: '[1a]' }).waitFor();
    expect(await quoteCard.locator('.excerpt-usage').textContent()).toBe(`Cited in [1a] of “${CHART_TITLE}”`);
    await app.screenshot(page, 'cite-in-viewer-cited');
    const chart = app.ctx.session.current.db.prepare("SELECT l.id FROM limitations l WHERE l.text LIKE 'running an autodiscovery tool%'").get() as { id: number };
    expect(citationsInFile()).toEqual([{ excerptId: quoteExcerptId, limitationId: chart.id }]);
  });

  it('cites a figure in a row found by its label', async () => {
    const figureCard = card('KR2280 Manual at 2');
    await figureCard.getByRole('button', { name: 'Cite in…' }).click();
    await dialog().getByRole('searchbox', { name: 'Row' }).fill('1b');
    const option = dialog().getByRole('option', { name: /^\[1b\]/ });
    await option.click();
    await dialog().getByText('The figure and its cite go at the end of [1b]').waitFor();
    await dialog().getByRole('button', { name: 'Cite in [1b]' }).click();
    await dialog().waitFor({ state: 'detached' });
    await figureCard.getByRole('link', { name: '[1b]' }).waitFor();
    expect(citationsInFile().map((c) => c.excerptId)).toEqual([quoteExcerptId, figureExcerptId]);

    // The first excerpt's row is marked as citing it when the dialog is opened for it again.
    await card('KR2280 Manual at 1').getByRole('button', { name: 'Cite in…' }).click();
    await dialog().getByRole('searchbox', { name: 'Row' }).fill('autodiscovery');
    await dialog().getByRole('option', { name: /^\[1a\].*cited here already$/ }).waitFor();
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(citationsInFile()).toHaveLength(2);
  });

  it('shows the same usage in the matter’s excerpt list, which offers Cite in… too', async () => {
    await page.evaluate(() => (location.hash = '#/excerpts'));
    await page.getByRole('heading', { level: 2, name: 'Excerpts' }).waitFor();
    await card('KR2280 Manual at 2').getByRole('link', { name: '[1b]' }).waitFor();
    await card('KR2280 Manual at 1').getByRole('button', { name: 'Cite in…' }).click();
    await dialog().getByRole('option', { name: /^\[1pre\]/ }).waitFor();
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.evaluate((id) => (location.hash = `#/document/${id}`), manual.documentId);
  });

  it('opens the chart from the card: the quote in [1a] matching its source, the figure in [1b]', async () => {
    await card('KR2280 Manual at 1').getByRole('link', { name: '[1a]' }).click({ timeout: 15_000 });
    await page.getByRole('heading', { level: 2, name: CHART_TITLE }).waitFor();
    const row1a = page.getByRole('region', { name: 'Row [1a]', exact: true });
    const quote = row1a.locator('blockquote');
    await quote.getByText(QUOTE).waitFor();
    expect(await quote.getByText('Matches the source').count()).toBe(1);
    const row1b = page.getByRole('region', { name: 'Row [1b]', exact: true });
    await row1b.locator('img').first().waitFor();
    await row1a.scrollIntoViewIfNeeded();
    await app.screenshot(page, 'cite-in-chart');
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
