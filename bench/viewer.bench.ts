/**
 * Viewer: time to the first page drawn for a 1,000-page manual in Chromium, to the viewer's
 * `claimchart:viewer-first-page` mark (pdf.js has drawn page 1's canvas): opened from the sidebar of the
 * running app (the everyday case), and on a cold start of the app straight at the document's route (the
 * whole app loading first). Then the time from asking for page 500 to its canvas being drawn. The built app
 * runs in browser mode, as in the e2e tests, in a fresh browser context each run. Peer, for context:
 * Poppler's pdftoppm rendering page 1 of the same file to PNG. Target: the first page in well under a
 * second when a document is opened.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createAppContext, openInitialMatter } from '../electron/services/app-context';
import { createHandlers } from '../electron/services/handlers';
import { inProcessClient } from '../electron/services/rpc/dispatch';
import { startBrowserServer } from '../electron/transport/http-server';
import { generateManualPdf } from '../electron/services/documents/made-up-manual';
import type { BenchContext, BenchResult } from './types';

const PAGES = 1000;
const RUNS = 5;
const FIRST_PAGE_MARK = 'claimchart:viewer-first-page';
const PAGE_500_MARK = 'claimchart:viewer-page-500';

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Waits in the page for a performance mark and returns its time (ms since the navigation started). */
async function markTime(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name, { timeout: 60_000, polling: 5 });
  return (await handle.jsonValue()) as number;
}

export default async function run(ctx: BenchContext): Promise<BenchResult> {
  const pdfPath = join(ctx.workDir, 'manual-1000.pdf');
  ctx.log(`generating a ${PAGES}-page manual…`);
  writeFileSync(pdfPath, await generateManualPdf(1, PAGES));

  const app = createAppContext({ dataDir: join(ctx.workDir, 'data'), transport: 'browser' });
  openInitialMatter(app);
  const handlers = createHandlers(app, { documents: { workerPath: join(ctx.root, 'dist/node/extract-worker.js') } });
  const imported = await inProcessClient(handlers)('document.import', { paths: [pdfPath] });
  const outcome = imported.outcomes[0];
  if (outcome?.status !== 'imported') throw new Error(`the manual was not imported: ${JSON.stringify(outcome)}`);
  ctx.log(`imported: document ${outcome.documentId}, ${outcome.pageCount} pages`);

  const server = await startBrowserServer({ ctx: app, handlers, rendererDir: join(ctx.root, 'dist/renderer') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const fromSidebar: number[] = [];
  const coldStart: number[] = [];
  const page500: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A fresh browser context each run: nothing of the app or the PDF cached.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.launchUrl); // sets the session cookie; opens the matter overview

      // The running app: once it has loaded what it loads while idle, the document is chosen in the sidebar.
      const item = page.getByRole('row', { name: /Server Platform Manual/ });
      await item.waitFor();
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/assets/DocumentView-')));
      const clicked = await page.evaluate(() => performance.now());
      await item.click();
      fromSidebar.push((await markTime(page, FIRST_PAGE_MARK)) - clicked);

      // A cold start at the document's route: the app's code, the matter, pdf.js and the PDF, all first.
      await page.goto('about:blank');
      await page.goto(`${server.url}#/document/${outcome.documentId}`, { waitUntil: 'commit' });
      coldStart.push(await markTime(page, FIRST_PAGE_MARK));

      const pageInput = page.getByRole('textbox', { name: /Page/ });
      await pageInput.fill('500');
      const asked = await page.evaluate(() => performance.now());
      await pageInput.press('Enter');
      page500.push((await markTime(page, PAGE_500_MARK)) - asked);
      await context.close();
      ctx.log(`run ${i + 1}: from the sidebar ${fromSidebar.at(-1)!.toFixed(0)} ms, cold start ${coldStart.at(-1)!.toFixed(0)} ms, page 500 ${page500.at(-1)!.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
    app.session.close();
  }

  const pdftoppm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '96', '-png', pdfPath, join(ctx.workDir, 'page')]);
    pdftoppm.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
  }

  const first = median(fromSidebar);
  const peer = median(pdftoppm);
  return {
    name: `Viewer: first page of a ${PAGES.toLocaleString('en-US')}-page PDF in Chromium`,
    figures: [
      { label: 'opened from the sidebar, first page drawn (median)', value: first, unit: 'ms' },
      { label: 'cold start at the document route, first page drawn (median)', value: median(coldStart), unit: 'ms' },
      { label: 'page 500 drawn after asking for it (median)', value: median(page500), unit: 'ms' },
    ],
    peer: { name: 'pdftoppm -f 1 -l 1 (page 1 to PNG)', figures: [{ label: 'page 1', value: peer, unit: 'ms' }] },
    ratio: { value: first / peer, describes: 'first page, ClaimChart opened from the sidebar / pdftoppm' },
    target: { description: 'first page drawn within 1 s of opening the document', met: first < 1000 },
  };
}
