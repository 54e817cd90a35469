/**
 * The document viewer, as the issue asks for it, on a 30-page manual made here: pages labelled i–iii then
 * 1–27, and an outline. Find a phrase on a late page (the viewer goes there, the hit is highlighted in the
 * text layer); the outline lists its entries and each goes to its page; fit width, fit page and a percentage
 * set the scale the zoom control shows and the pages are drawn at; a label ("ii", "5") or a number typed in
 * the page box goes to that page; selected text and Ctrl+E make an excerpt (in the matter file, over RPC, in
 * the panel); clicking the excerpt brings its page back into view; its highlight covers the words at every
 * zoom. The manual is imported through the app's services; everything else is done in the browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { inProcessClient } from '../../electron/services/rpc/dispatch';
import { builtWorkerPath } from '../helpers/test-app';
import { manualText, textPdf, writeFile, type OutlineEntry } from '../integration/documents/fixtures';
import { startE2eApp, type E2eApp } from './harness';

const PAGE_COUNT = 30;
/** Pages 1–3 are i, ii, iii; page 4 is "1", so page n (n ≥ 4) is labelled n − 3. */
const label = (page: number) => (page <= 3 ? ['i', 'ii', 'iii'][page - 1]! : String(page - 3));
/** Only on page 26 (labelled 23). */
const FIND_PHRASE = 'quartz oscillator drifts';
const FIND_PAGE = 26;
/** A line of its own on page 9 (labelled 6): selected with the mouse and added with Ctrl+E. */
const QUOTE = 'Hot-swap fans spin down within five seconds of the service lid closing.';
const QUOTE_PAGE = 9;
const OUTLINE: readonly OutlineEntry[] = [
  { title: 'Preface', page: 1 },
  { title: '1 Installation', page: 4, children: [{ title: '1.1 Rack rails', page: 6 }] },
  { title: '2 Power', page: 12 },
  { title: '3 Cooling', page: 20 },
  { title: 'Appendix A: Specifications', page: 28 },
];
/** pdf.js draws a page at 96/72 CSS pixels per point at 100%. */
const CSS_PX_PER_POINT = 96 / 72;

function pageText(page: number): string {
  const lines = [`Page heading ${label(page)}`, manualText(page, 8)];
  if (page === QUOTE_PAGE) lines.push(QUOTE);
  if (page === FIND_PAGE) lines.push(`The ${FIND_PHRASE} by three parts per million each year.`);
  lines.push(manualText(page + 100, 6));
  return lines.join('\n');
}

let app: E2eApp;
let page: Page;
let tempDir: string;
let documentId: number;
let call: ReturnType<typeof inProcessClient>;

beforeAll(async () => {
  app = await startE2eApp();
  tempDir = mkdtempSync(join(tmpdir(), 'claimchart-viewer-e2e-'));
  call = inProcessClient(createHandlers(app.ctx, { documents: { workerPath: builtWorkerPath } }));
  const pages = Array.from({ length: PAGE_COUNT }, (_, i) => pageText(i + 1));
  const bytes = await textPdf(pages, { title: 'Server Manual', labels: [[0, 'r', 1], [3, 'D', 1]], outline: OUTLINE });
  const imported = await call('document.import', {
    paths: [writeFile(tempDir, 'server-manual.pdf', bytes)],
    defaults: { title: 'Server Manual', shortName: 'Manual', docType: 'manual', productIds: [] },
  });
  const outcome = imported.outcomes[0]!;
  if (outcome.status !== 'imported') throw new Error(`the manual was not imported: ${JSON.stringify(outcome)}`);
  documentId = outcome.documentId;
  page = await app.newPage({ width: 1440, height: 900 });
  page.setDefaultTimeout(15_000);
  await page.getByRole('heading', { name: /Hewlett Packard Enterprise/ }).first().waitFor();
});

afterAll(async () => {
  await app?.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const scroller = () => page.locator('.pdf-viewer__scroller');
const pageElement = (n: number) => page.locator(`.page[data-page-number="${n}"]`);
const loadedTextLayer = (n: number) => page.locator(`.page[data-page-number="${n}"][data-loaded="true"] .textLayer span`).first();
const pageBox = () => page.getByRole('textbox', { name: 'Page label or number' });
const zoomButton = () => page.getByRole('button', { name: /^Zoom: \d+%$/ });
const excerptHighlights = () => pageElement(QUOTE_PAGE).locator('.page-overlay__box--text-excerpt');

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element not laid out');
  return b;
}

/** The smallest box around every element `locator` matches. */
async function unionBox(locator: Locator): Promise<Box> {
  const boxes = await locator.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  if (boxes.length === 0) throw new Error('no element to measure');
  const x = Math.min(...boxes.map((b) => b.left));
  const y = Math.min(...boxes.map((b) => b.top));
  return { x, y, width: Math.max(...boxes.map((b) => b.right)) - x, height: Math.max(...boxes.map((b) => b.bottom)) - y };
}

/** Where `text` is drawn in page `n`'s text layer: the box of its characters, found through the text nodes. */
async function textBox(n: number, text: string): Promise<Box> {
  return pageElement(n)
    .locator('.textLayer')
    .evaluate((layer, wanted) => {
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      throw new Error(`"${wanted}" is not in the text layer`);
    }, text);
}

/** Whether a box lies inside the viewer's visible area. */
async function inView(b: Box): Promise<boolean> {
  const view = await box(scroller());
  return b.y >= view.y && b.y + b.height <= view.y + view.height && b.x >= view.x && b.x + b.width <= view.x + view.width;
}

/** The page's top edge against the viewer's: 0 when the viewer shows the page from its top. */
async function pageTopOffset(n: number): Promise<number> {
  return (await box(pageElement(n))).y - (await box(scroller())).y;
}

async function zoomTo(choice: string): Promise<void> {
  await zoomButton().click();
  await page.getByRole('menuitem', { name: choice, exact: true }).click();
  await page.getByRole('menu').waitFor({ state: 'detached' });
}

/** The scale the zoom control shows, as a fraction (1 is 100%). */
async function shownScale(): Promise<number> {
  const name = (await zoomButton().getAttribute('aria-label')) ?? '';
  return Number(/(\d+)%/.exec(name)![1]) / 100;
}

/**
 * Waits until page `n` is drawn at the zoom chosen, with its text layer: a percentage makes it the page's 612
 * points wide at that scale; fit width as wide as the viewer less pdf.js's 40 px for a scroll bar; fit page as
 * tall as the viewer less pdf.js's 5 px.
 */
async function waitForZoom(n: number, zoom: string): Promise<void> {
  const percent = /^(\d+)%$/.exec(zoom);
  const want = percent
    ? { side: 'width', size: (612 * CSS_PX_PER_POINT * Number(percent[1])) / 100 }
    : zoom === 'Fit width'
      ? { side: 'width', size: (await scroller().evaluate((e) => e.clientWidth)) - 40 }
      : { side: 'height', size: (await scroller().evaluate((e) => e.clientHeight)) - 5 };
  await page.waitForFunction(
    ({ selector, side, size }) => {
      const element = document.querySelector<HTMLElement>(selector);
      const actual = side === 'width' ? element?.clientWidth : element?.clientHeight;
      return actual !== undefined && Math.abs(actual - size) <= 1 && element!.dataset.loaded === 'true' && element!.querySelector('.textLayer span') !== null;
    },
    { selector: `.page[data-page-number="${n}"]`, ...want },
  );
}

function excerptsInFile(): { page_number: number; quote: string; rects: string; kind: string }[] {
  return app.ctx.session.current.db
    .prepare('SELECT page_number, quote, rects, kind FROM excerpts WHERE document_id = ? AND deleted_at IS NULL ORDER BY id')
    .all(documentId) as { page_number: number; quote: string; rects: string; kind: string }[];
}

describe('document viewer', () => {
  it('opens the manual on its first page, labelled i', async () => {
    await page.evaluate((id) => (location.hash = `#/document/${id}`), documentId);
    await loadedTextLayer(1).waitFor();
    await expect.poll(() => pageBox().inputValue()).toBe('i');
    await page.getByRole('group', { name: 'Pages' }).getByText(`(1 of ${PAGE_COUNT})`).waitFor();
    // Continuous scrolling with virtualization: every page has its place, only those near the view are drawn.
    expect(await page.locator('.page[data-page-number]').count()).toBe(PAGE_COUNT);
    expect(await page.locator('.page[data-loaded="true"]').count()).toBeLessThan(PAGE_COUNT / 2);
    await app.screenshot(page, 'viewer-opened');
  });

  it('finds a phrase on a later page: the viewer goes there and the hit is highlighted in the text layer', async () => {
    await page.keyboard.press('Control+f');
    const field = page.getByRole('searchbox', { name: 'Find in document' });
    await field.waitFor();
    await field.fill(FIND_PHRASE);
    await page.getByRole('search', { name: 'Find in document' }).getByRole('status').filter({ hasText: /^1 of 1/ }).waitFor();
    const hit = pageElement(FIND_PAGE).locator('.textLayer .highlight.selected');
    await hit.waitFor();
    expect((await hit.allTextContents()).join('')).toBe(FIND_PHRASE);
    expect(await page.locator('.textLayer .highlight').count()).toBe(1);
    await expect.poll(async () => inView(await unionBox(hit))).toBe(true);
    await expect.poll(() => pageBox().inputValue()).toBe(label(FIND_PAGE));
    await app.screenshot(page, 'viewer-find');
    await page.getByRole('button', { name: 'Close find' }).click();
    await field.waitFor({ state: 'detached' });
    expect(await page.locator('.textLayer .highlight').count()).toBe(0);
  });

  it('lists the outline, and each entry goes to the top of its page', async () => {
    await page.getByRole('tab', { name: 'Outline' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Outline' });
    await panel.getByRole('button', { name: 'Preface' }).waitFor();
    const flat = OUTLINE.flatMap((e) => [e, ...(e.children ?? [])]);
    expect(await panel.getByRole('button').allTextContents()).toEqual(flat.map((e) => e.title));
    // The nested entry sits in a list under its parent's.
    expect(await panel.locator('li li').getByRole('button').allTextContents()).toEqual(['1.1 Rack rails']);
    for (const entry of [OUTLINE[3]!, OUTLINE[1]!.children![0]!, OUTLINE[4]!]) {
      await panel.getByRole('button', { name: entry.title, exact: true }).click();
      await expect.poll(() => pageBox().inputValue()).toBe(label(entry.page));
      await expect.poll(async () => Math.abs(await pageTopOffset(entry.page))).toBeLessThan(2);
      await loadedTextLayer(entry.page).waitFor();
      expect(await inView(await textBox(entry.page, `Page heading ${label(entry.page)}`))).toBe(true);
    }
    await app.screenshot(page, 'viewer-outline');
  });

  it('sets fit width, fit page and a percentage: the control shows the scale the pages are drawn at', async () => {
    await pageBox().fill('ii');
    await pageBox().press('Enter');
    await loadedTextLayer(2).waitFor();
    const view = await scroller().evaluate((e) => ({ width: e.clientWidth, height: e.clientHeight }));

    // Opened at fit width: the page fills the viewer's width, less pdf.js's 40 px for a scroll bar.
    expect(await zoomButton().textContent()).toMatch(/^Fit width \(\d+%\)$/);
    const fitWidth = await pageElement(2).evaluate((e) => e.clientWidth);
    expect(Math.abs(fitWidth - (view.width - 40))).toBeLessThanOrEqual(1);
    expect(await shownScale()).toBeCloseTo(fitWidth / (612 * CSS_PX_PER_POINT), 2);

    await zoomTo('Fit page');
    await expect.poll(() => zoomButton().textContent()).toMatch(/^Fit page \(\d+%\)$/);
    const fitPage = await shownScale();
    expect(fitPage).toBeLessThan(fitWidth / (612 * CSS_PX_PER_POINT));
    await waitForZoom(2, 'Fit page');
    // The whole page is in view at once.
    expect(await inView(await box(pageElement(2)))).toBe(true);
    await app.screenshot(page, 'viewer-fit-page');

    await zoomTo('150%');
    await expect.poll(() => zoomButton().textContent()).toBe('150%');
    expect(await shownScale()).toBe(1.5);
    await waitForZoom(2, '150%');
    // The canvas is drawn at that scale too, not stretched from another.
    const canvasWidth = await pageElement(2).locator('canvas').first().evaluate((c) => (c as HTMLCanvasElement).getBoundingClientRect().width);
    expect(Math.abs(canvasWidth - 612 * CSS_PX_PER_POINT * 1.5)).toBeLessThanOrEqual(1);
    await app.screenshot(page, 'viewer-zoom-150');

    await zoomTo('Fit width');
    await expect.poll(() => zoomButton().textContent()).toMatch(/^Fit width/);
    await waitForZoom(2, 'Fit width');
  });

  it('goes to a page typed as its label or its number', async () => {
    const go = async (typed: string) => {
      await pageBox().fill(typed);
      await pageBox().press('Enter');
    };
    const count = page.getByRole('group', { name: 'Pages' });

    await go('ii');
    await expect.poll(async () => Math.abs(await pageTopOffset(2))).toBeLessThan(2);
    expect(await pageBox().inputValue()).toBe('ii');
    await count.getByText(`(2 of ${PAGE_COUNT})`).waitFor();

    // "5" is the label of the eighth page, not the fifth.
    await go('5');
    await expect.poll(async () => Math.abs(await pageTopOffset(8))).toBeLessThan(2);
    expect(await pageBox().inputValue()).toBe('5');
    await count.getByText(`(8 of ${PAGE_COUNT})`).waitFor();
    await loadedTextLayer(8).waitFor();
    expect(await inView(await textBox(8, 'Page heading 5'))).toBe(true);
    await app.screenshot(page, 'viewer-page-label');

    // No page is labelled 30: the thirtieth page is.
    await go('30');
    await expect.poll(() => pageBox().inputValue()).toBe('27');
    await count.getByText(`(30 of ${PAGE_COUNT})`).waitFor();

    // A label the PDF does not have goes nowhere and is marked.
    await go('xlii');
    await expect.poll(() => pageBox().getAttribute('aria-invalid')).toBe('true');
    expect(await pageBox().inputValue()).toBe('27');
    await count.getByText(`(30 of ${PAGE_COUNT})`).waitFor();
  });

  it('adds selected text as an excerpt with Ctrl+E: in the matter file, over RPC and in the panel', async () => {
    await pageBox().fill(label(QUOTE_PAGE));
    await pageBox().press('Enter');
    await loadedTextLayer(QUOTE_PAGE).waitFor();
    await page.getByRole('tab', { name: /Excerpts/ }).click();
    const panel = page.getByRole('tabpanel', { name: /Excerpts/ });
    await panel.getByText('No excerpts yet').waitFor();

    // Drag across the line with the mouse, as a reader would.
    const words = await textBox(QUOTE_PAGE, QUOTE);
    const y = words.y + words.height / 2;
    await page.mouse.move(words.x + 1, y);
    await page.mouse.down();
    await page.mouse.move(words.x + words.width / 2, y, { steps: 5 });
    await page.mouse.move(words.x + words.width - 1, y, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()!.toString().trim())).toBe(QUOTE);
    await expect.poll(() => page.getByRole('button', { name: 'Add excerpt' }).isEnabled()).toBe(true);
    await page.keyboard.press('Control+e');

    const card = panel.getByRole('article', { name: `Excerpt at Manual at ${label(QUOTE_PAGE)}` });
    await card.locator('blockquote').getByText(QUOTE, { exact: true }).waitFor();
    await excerptHighlights().first().waitFor();
    const stored = excerptsInFile();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'text', page_number: QUOTE_PAGE, quote: QUOTE });
    expect(JSON.parse(stored[0]!.rects)).toHaveLength(1);
    const listed = await call('excerpt.list', { documentId });
    expect(listed.map((e) => ({ page: e.page, pageLabel: e.pageLabel, quote: e.quote, cite: e.cite }))).toEqual([
      { page: QUOTE_PAGE, pageLabel: label(QUOTE_PAGE), quote: QUOTE, cite: `Manual at ${label(QUOTE_PAGE)}` },
    ]);
    // The selection was taken: nothing stays selected.
    expect(await page.evaluate(() => window.getSelection()!.isCollapsed)).toBe(true);
    await app.screenshot(page, 'viewer-excerpt-added');
  });

  it('scrolls to an excerpt when it is clicked in the side panel', async () => {
    const cite = page.getByRole('tabpanel', { name: /Excerpts/ }).getByRole('link', { name: `Manual at ${label(QUOTE_PAGE)}`, exact: true });
    for (const away of ['i', '20']) {
      await pageBox().fill(away);
      await pageBox().press('Enter');
      await expect.poll(() => pageBox().inputValue()).toBe(away);
      expect(await inView(await box(pageElement(QUOTE_PAGE)))).toBe(false);
      // The first click changes the route; the second leaves it as it is, and the card's own handler scrolls.
      await cite.click();
      await expect.poll(() => pageBox().inputValue()).toBe(label(QUOTE_PAGE));
      await expect.poll(async () => inView(await unionBox(excerptHighlights()))).toBe(true);
      await expect.poll(() => excerptHighlights().first().getAttribute('class')).toContain('page-overlay__box--selected');
    }
    await app.screenshot(page, 'viewer-excerpt-clicked');
  });

  it('keeps the excerpt’s highlight on its words at fit width, 50%, 200% and fit page', async () => {
    const results: { zoom: string; scale: number; lit: Box; text: Box }[] = [];
    for (const zoom of ['Fit width', '50%', '200%', 'Fit page']) {
      if (zoom !== 'Fit width') await zoomTo(zoom);
      await expect.poll(() => zoomButton().textContent()).toMatch(new RegExp(`^${zoom}`));
      await excerptHighlights().first().evaluate((e) => e.scrollIntoView({ block: 'center', inline: 'center' }));
      await waitForZoom(QUOTE_PAGE, zoom);
      results.push({ zoom, scale: await shownScale(), lit: await unionBox(excerptHighlights()), text: await textBox(QUOTE_PAGE, QUOTE) });
      if (zoom === '200%') await app.screenshot(page, 'viewer-highlight-200');
    }
    const at50 = results.find((r) => r.zoom === '50%')!;
    const at200 = results.find((r) => r.zoom === '200%')!;
    expect(at200.text.width / at50.text.width).toBeCloseTo(4, 1);
    for (const { zoom, scale, lit, text } of results) {
      // Within a point at that zoom: the highlight is the words' box, not merely near it.
      const tolerance = Math.max(1.5, CSS_PX_PER_POINT * scale);
      const off = { zoom, left: lit.x - text.x, top: lit.y - text.y, right: lit.x + lit.width - (text.x + text.width), bottom: lit.y + lit.height - (text.y + text.height) };
      expect(Math.abs(off.left), JSON.stringify(off)).toBeLessThan(tolerance);
      expect(Math.abs(off.right), JSON.stringify(off)).toBeLessThan(tolerance);
      expect(Math.abs(off.top), JSON.stringify(off)).toBeLessThan(tolerance);
      expect(Math.abs(off.bottom), JSON.stringify(off)).toBeLessThan(tolerance);
    }
    await app.screenshot(page, 'viewer-highlight-fit-page');
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
