/**
 * Documents end to end, in the built app (browser mode, Chromium): a real PDF dropped on the window and
 * imported with progress shown, searched, opened at the hit, excerpted as text and as a region, and both
 * excerpts still there, highlighted on the right words, after a reload and at another zoom.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../e2e/harness';

const SAMPLE = path.resolve(__dirname, '../../../shared/data/pdfs/openbmc-docs-sample.pdf');
/** On page 1 of the sample, one line of its text layer. */
const QUOTED_LINE = 'The console infrastructure allows multiple shared connections to a single host';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('The element has no box');
  return found;
}

/** The union of several elements' boxes (a highlight drawn one box per line). */
async function unionBox(locator: Locator): Promise<Box> {
  const boxes = await Promise.all((await locator.all()).map(box));
  const x1 = Math.min(...boxes.map((b) => b.x));
  const y1 = Math.min(...boxes.map((b) => b.y));
  const x2 = Math.max(...boxes.map((b) => b.x + b.width));
  const y2 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** Drops files on the window the way a file manager does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(page: Page, file: string): Promise<void> {
  await page.evaluate(
    async ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'application/pdf' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { base64: readFileSync(file).toString('base64'), name: path.basename(file) },
  );
}

/** The text-layer span (a run of text, not a tagged-PDF structure span around runs) holding `text`. */
const textSpan = (page: Page, pageNumber: number, text: string) =>
  page.locator(`.page[data-page-number="${pageNumber}"] .textLayer span:not(.markedContent)`).filter({ hasText: text }).first();

describe.skipIf(!existsSync(SAMPLE))('documents: import, search, view, excerpt', () => {
  let app: E2eApp;
  let page: Page;
  let documentId: number;

  beforeAll(async () => {
    app = await startE2eApp();
    page = await app.newPage({ width: 1440, height: 900 });
    await page.getByRole('heading', { name: /Hewlett Packard Enterprise/ }).first().waitFor();
  });
  afterAll(async () => app?.close());

  it('imports a PDF dropped on the window, showing its progress and outcome', async () => {
    // The progress bar may come and go quickly for 15 pages: note that it was shown.
    await page.evaluate(() => {
      const seen: boolean[] = [];
      (window as unknown as { __progressSeen: boolean[] }).__progressSeen = seen;
      new MutationObserver(() => {
        if (document.querySelector('[aria-label="Document import"] [role="progressbar"]')) seen.push(true);
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await dropFile(page, SAMPLE);
    const panel = page.getByRole('region', { name: 'Document import' });
    await panel.getByText('Import finished').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __progressSeen: boolean[] }).__progressSeen.length)).toBeGreaterThan(0);
    await expect(panel.getByText('Imported', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(panel.getByText('15 pages').isVisible()).resolves.toBe(true);
    const open = panel.getByRole('link', { name: 'Open' });
    documentId = Number(/#\/document\/(\d+)/.exec((await open.getAttribute('href')) ?? '')?.[1]);
    expect(documentId).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('navigation').getByText('OpenBMC documentation excerpts').first().waitFor();
  });

  it('finds a phrase across the matter and opens the page with the hits highlighted', async () => {
    await page.getByRole('link', { name: 'Search documents' }).click();
    await page.getByRole('searchbox', { name: 'Words or phrases' }).fill('"shared connections"');
    await page.keyboard.press('Enter');
    const results = page.getByRole('list', { name: 'Search results' });
    const first = results.getByRole('link').first();
    await first.waitFor();
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(/shared|connections/i);
    await app.screenshot(page, 'documents-search');

    await first.click();
    await page.locator('.page-overlay__box--hit').first().waitFor();
    await textSpan(page, 1, 'console infrastructure').waitFor();
  });

  it('adds the selected text as an excerpt', async () => {
    const span = textSpan(page, 1, QUOTED_LINE);
    await span.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.getByRole('button', { name: 'Add excerpt' }).click();
    const panel = page.getByRole('tabpanel', { name: /Excerpts/ });
    await panel.getByText(QUOTED_LINE).waitFor();
    await page.locator('.page-overlay__box--text-excerpt').first().waitFor();
  });

  it('captures a region dragged on the page, with its picture', async () => {
    await page.getByRole('radio', { name: 'Capture region' }).click();
    const pageBox = await box(page.locator('.page[data-page-number="1"]'));
    const heading = await box(textSpan(page, 1, 'Remote console connections'));
    // Around the "Remote console connections" heading and the paragraph under it.
    const from = { x: pageBox.x + pageBox.width * 0.08, y: heading.y - 6 };
    const to = { x: pageBox.x + pageBox.width * 0.92, y: heading.y + heading.height * 5 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    const panel = page.getByRole('tabpanel', { name: /Excerpts/ });
    const image = panel.locator('img.excerpt-card__image');
    await image.waitFor();
    await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await image.elementHandle());
    const { width } = await image.evaluate((img) => ({ width: (img as HTMLImageElement).naturalWidth }));
    // Rendered at more than twice the 100% zoom: wider than the region's width in points × 2.
    expect(width).toBeGreaterThan(2 * 612 * 0.84);
    // The text under the region, read from the PDF, describes the picture.
    await expect(panel.getByRole('img', { name: /Remote console connections/ }).isVisible()).resolves.toBe(true);
  });

  it('still lists and highlights both excerpts after a reload', async () => {
    await page.reload();
    const panel = page.getByRole('tabpanel', { name: /Excerpts/ });
    await panel.locator('.excerpt-card').nth(1).waitFor();
    expect(await panel.locator('.excerpt-card').count()).toBe(2);
    await page.locator('.page-overlay__box--text-excerpt').first().waitFor();
    await page.locator('.page-overlay__box--region-excerpt').first().waitFor();
    await app.screenshot(page, 'documents-viewer');
  });

  it('keeps the highlight on the quoted words at another zoom', async () => {
    const highlight = page.locator('.page[data-page-number="1"] .page-overlay__box--text-excerpt');
    const span = textSpan(page, 1, QUOTED_LINE);
    const zoomTo = async (choice: string) => {
      await page.getByRole('button', { name: /^Zoom:/ }).click();
      await page.getByRole('menuitem', { name: choice }).click();
      await page.locator('.page[data-page-number="1"][data-loaded="true"] .textLayer span').first().waitFor();
    };
    const offsets: { dx: number; dy: number; dw: number; dh: number; width: number }[] = [];
    for (const choice of ['100%', '200%']) {
      await zoomTo(choice);
      await span.scrollIntoViewIfNeeded();
      const [lit, text] = [await unionBox(highlight), await box(span)];
      offsets.push({ dx: lit.x - text.x, dy: lit.y - text.y, dw: lit.width - text.width, dh: lit.height - text.height, width: text.width });
    }
    const [at100, at200] = offsets as [(typeof offsets)[0], (typeof offsets)[0]];
    expect(at200.width / at100.width).toBeCloseTo(2, 1);
    for (const { dx, dy, dw, dh, width } of offsets) {
      const tolerance = 2 * (width / at100.width);
      expect(Math.abs(dx)).toBeLessThan(tolerance);
      expect(Math.abs(dy)).toBeLessThan(tolerance);
      expect(Math.abs(dw)).toBeLessThan(tolerance);
      expect(Math.abs(dh)).toBeLessThan(2 * tolerance);
    }
  });

  it('asks before following a link in the PDF, and opens nothing by itself', async () => {
    const pageInput = page.getByRole('textbox', { name: /Page/ });
    await pageInput.fill('2');
    await pageInput.press('Enter');
    const link = page.locator('.page[data-page-number="2"] .annotationLayer a').first();
    await link.waitFor();
    const before = page.url();
    await link.click();
    const dialog = page.getByRole('dialog', { name: 'Link to a web page' });
    await dialog.getByText('https://github.com/openbmc/docs/blob/master/REST-cheatsheet.md', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toBe(before);
    expect(page.context().pages()).toHaveLength(1);
  });

  it('lists the excerpts matter-wide, each with its pinpoint cite', async () => {
    await page.getByRole('link', { name: 'All excerpts' }).click();
    const list = page.getByRole('list', { name: 'Excerpts' });
    await list.locator('.excerpt-card').nth(1).waitFor();
    await expect(list.locator('.excerpt-card__cite').first().textContent()).resolves.toMatch(/ at 1$/);
    await app.screenshot(page, 'documents-excerpts');
  });

  it('deletes an excerpt, and undoes the deletion', async () => {
    const cards = page.getByRole('list', { name: 'Excerpts' }).locator('.excerpt-card');
    await cards.filter({ hasText: 'Region' }).getByRole('button', { name: 'Delete excerpt' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    await page.getByRole('status').filter({ hasText: 'Deleted the excerpt' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cards.count()).toBe(2);
  });

  it('edits a document’s details, and its excerpts’ cites follow', async () => {
    await page.getByRole('navigation').getByRole('row', { name: /OpenBMC documentation excerpts/ }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('button', { name: /Document type/ }).click();
    await page.getByRole('option', { name: 'Manual' }).click();
    await page.getByLabel('Short name').fill('OpenBMC Docs');
    await page.getByLabel('Bates prefix').fill('OBMC_');
    await page.getByLabel('First Bates number').fill('100');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Manual · openbmc-docs-sample.pdf · 15 pages · OBMC_0000100–OBMC_0000114').waitFor();
    await page.getByRole('tab', { name: /Excerpts/ }).click();
    await page.getByRole('link', { name: 'OpenBMC Docs at OBMC_0000100' }).first().waitFor();
  });

  it('imports an encrypted PDF once given its password, and asks for it again to view it', async () => {
    const locked = path.join(mkdtempSync(path.join(tmpdir(), 'claimchart-locked-')), 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'secret', 'secret', '256', '--', SAMPLE, locked]);
    await page.locator('input[type="file"][accept*="pdf"]').setInputFiles(locked);
    const panel = page.getByRole('region', { name: 'Document import' });
    const password = panel.getByLabel(/Password for locked\.pdf/);
    await panel.getByText('Password required').waitFor();
    await password.fill('wrong');
    await panel.getByRole('button', { name: 'Unlock and import' }).click();
    await panel.getByText('Wrong password').waitFor();
    await password.fill('secret');
    await panel.getByRole('button', { name: 'Unlock and import' }).click();
    await panel.getByRole('link', { name: 'Open' }).click();
    await panel.getByRole('button', { name: 'Close' }).click();

    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('alert').filter({ hasText: 'That password is wrong' }).waitFor();
    await page.getByLabel('Password').fill('secret');
    await page.getByRole('button', { name: 'Open' }).click();
    await textSpan(page, 1, QUOTED_LINE).waitFor();
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
