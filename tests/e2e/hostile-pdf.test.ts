/**
 * A hostile PDF in the built app (browser mode, Chromium): imported into the matter and opened in the
 * viewer, its JavaScript (on open, in the name tree, per page, on a link), form submissions, launch actions
 * and attachment do nothing; no request leaves the app's own origin; a web link asks first and is handed to
 * the system browser (through `app.openExternal` on the Node side) only once the user confirms; `file:`,
 * GoToR and launch links are not links at all, and an `ftp:` link is shown, never followed.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_NAME, FTP_LINK, WEB_LINK, hostilePdf, type HostileLink, type HostileLinkKind } from '../helpers/hostile-pdf';
import { startE2eApp, type E2eApp } from './harness';

describe('a hostile PDF in the viewer', () => {
  let app: E2eApp;
  let page: Page;
  let dir: string;
  let links: HostileLink[];
  let launchedMarker: string;
  let attachmentMarker: string;
  let canary: Server;
  const canaryRequests: string[] = [];
  /** What the Node side handed to the system browser. */
  const opened: string[] = [];
  const requests: Request[] = [];
  const dialogs: string[] = [];
  const downloads: Download[] = [];
  const popups: Page[] = [];

  beforeAll(async () => {
    canary = createServer((req, res) => {
      canaryRequests.push(`${req.method} ${req.url}`);
      res.end('canary');
    });
    await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
    dir = mkdtempSync(join(tmpdir(), 'claimchart-hostile-'));
    launchedMarker = join(dir, 'launched');
    attachmentMarker = join(dir, 'attachment-ran');
    const launchPath = join(dir, 'launch-canary.sh');
    writeFileSync(launchPath, `#!/bin/sh\necho ran > '${launchedMarker}'\n`);
    chmodSync(launchPath, 0o755);
    const made = await hostilePdf({ canaryUrl: `http://127.0.0.1:${(canary.address() as AddressInfo).port}/`, launchPath, attachmentMarker });
    links = made.links;
    writeFileSync(join(dir, 'hostile.pdf'), made.bytes);

    app = await startE2eApp({ openExternal: async (url) => void opened.push(url) });
    page = await app.newPage({ width: 1280, height: 900 });
    const context = page.context();
    context.on('request', (request) => requests.push(request));
    context.on('page', (other) => popups.push(other));
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('download', (download) => downloads.push(download));
    await page.getByRole('heading', { name: /Hewlett Packard Enterprise/ }).first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => canary?.close(() => resolve()) ?? resolve());
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const link = (kind: HostileLinkKind) => links.find((l) => l.kind === kind)!;

  /** Clicks the middle of a link's rectangle on its page, as a user would (whether or not pdf.js made it a link). */
  async function clickLink(kind: HostileLinkKind, options: { button?: 'left' | 'middle'; clickCount?: number } = {}): Promise<void> {
    const { rect, page: number } = link(kind);
    const pageBox = (await page.locator(`.page[data-page-number="${number}"] .canvasWrapper`).boundingBox())!;
    const scale = pageBox.width / 612;
    const x = pageBox.x + ((rect[0] + rect[2]) / 2) * scale;
    const y = pageBox.y + (792 - (rect[1] + rect[3]) / 2) * scale;
    await page.mouse.click(x, y, options);
  }

  /** Lets a click's consequences (a React state update, a dialog, a navigation) happen: two frames. */
  const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  it('imports the PDF and opens it in the viewer without running anything in it', async () => {
    await page.locator('input[type="file"][accept*="pdf"]').setInputFiles(join(dir, 'hostile.pdf'));
    const panel = page.getByRole('region', { name: 'Document import' });
    await panel.getByText('Import finished').waitFor();
    await expect(panel.getByText('Imported', { exact: true }).isVisible()).resolves.toBe(true);
    await panel.getByRole('link', { name: 'Open' }).click();
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.locator('.page[data-page-number="1"] .textLayer span').filter({ hasText: 'Hostile sample document' }).first().waitFor();
    await page.locator('.page[data-page-number="1"] .annotationLayer section.linkAnnotation').nth(links.length - 1).waitFor();
    await page.locator('.page[data-page-number="1"] .annotationLayer .fileAttachmentAnnotation').waitFor();
    // The second page too (its open action is a script), then back to the first.
    const pageInput = page.getByRole('textbox', { name: /Page/ });
    await pageInput.fill('2');
    await pageInput.press('Enter');
    await page.locator('.page[data-page-number="2"] .textLayer span').filter({ hasText: 'Second page of the hostile sample' }).first().waitFor();
    await pageInput.fill('1');
    await pageInput.press('Enter');
    await page.locator('.page[data-page-number="1"] .textLayer span').filter({ hasText: 'Hostile sample document' }).first().waitFor();
    await frames();
    await app.screenshot(page, 'hostile-pdf-viewer');
    expect(dialogs).toEqual([]);
  });

  it('makes only the web, ftp and attachment links into links, never pointing anywhere by themselves', async () => {
    const anchors = await page.locator('.page[data-page-number="1"] .annotationLayer a').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), title: a.getAttribute('title') })),
    );
    // The web and ftp links go through the app's link service: no real href, the URL only in the tooltip.
    expect(anchors).toContainEqual({ href: '#external-link', title: WEB_LINK });
    expect(anchors).toContainEqual({ href: '#external-link', title: FTP_LINK });
    // None points anywhere: no scheme, so a click on one can only reach the app's own handlers.
    for (const { href } of anchors) expect(href ?? '').not.toMatch(/^[a-z][\w+.-]*:/i);
    // file:, GoToR, launch and script links are given no target by pdf.js: three links plus nothing.
    expect(anchors).toHaveLength(3);
  });

  it('asks before opening a web link, and opens nothing when cancelled', async () => {
    const before = page.url();
    await clickLink('http');
    const dialog = page.getByRole('dialog', { name: 'Link to a web page' });
    await dialog.getByText(WEB_LINK, { exact: true }).waitFor();
    await expect(dialog.getByRole('button', { name: 'Open in browser' }).isVisible()).resolves.toBe(true);
    await app.screenshot(page, 'hostile-pdf-link-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await frames();
    expect(opened).toEqual([]);
    expect(page.url()).toBe(before);
    expect(popups).toEqual([]);
    // A middle click opens nothing either.
    await clickLink('http', { button: 'middle' });
    await frames();
    expect(popups).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('hands a confirmed web link to the system browser through app.openExternal, and opens no tab itself', async () => {
    const before = page.url();
    await clickLink('http');
    const dialog = page.getByRole('dialog', { name: 'Link to a web page' });
    const reply = page.waitForResponse((response) => new URL(response.url()).pathname === '/rpc/app.openExternal');
    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    const response = await reply;
    expect(response.request().postDataJSON()).toEqual({ url: WEB_LINK });
    expect(await response.json()).toEqual({ ok: true, value: { opened: true } });
    await dialog.waitFor({ state: 'detached' });
    expect(opened).toEqual([WEB_LINK]);
    expect(page.url()).toBe(before);
    expect(popups).toEqual([]);
  });

  it('follows no file:, GoToR, launch or script link, and shows no dialog for them', async () => {
    const before = page.url();
    for (const kind of ['file', 'gotor', 'launch', 'javascript'] as const) {
      await clickLink(kind);
      await frames();
      expect(await page.getByRole('dialog').count(), kind).toBe(0);
      expect(page.url(), kind).toBe(before);
    }
    expect(opened).toEqual([WEB_LINK]);
    expect(popups).toEqual([]);
  });

  it('shows an ftp link without a way to open it', async () => {
    await clickLink('ftp');
    const dialog = page.getByRole('dialog', { name: 'Link ClaimChart does not follow' });
    await dialog.getByText(FTP_LINK, { exact: true }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Open in browser' }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(opened).toEqual([WEB_LINK]);
  });

  it('neither saves nor opens the attachment, from its link or its paperclip', async () => {
    await clickLink('gotoe');
    const clip = page.locator('.page[data-page-number="1"] .annotationLayer .fileAttachmentAnnotation');
    await clip.dblclick();
    await clip.click();
    await frames();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(downloads).toEqual([]);
    expect(popups).toEqual([]);
    expect(existsSync(join(app.dataDir, ATTACHMENT_NAME))).toBe(false);
  });

  it('sent no request outside the app’s own origin, ran nothing, and raised no dialog, CSP violation or page error', async () => {
    const origin = new URL(app.server.url).origin;
    const foreign = requests.map((r) => r.url()).filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // The only RPC that reached the system browser was the one the user confirmed.
    expect(requests.filter((r) => r.url().endsWith('/rpc/app.openExternal'))).toHaveLength(1);
    expect(canaryRequests).toEqual([]);
    expect(opened).toEqual([WEB_LINK]);
    expect(existsSync(launchedMarker)).toBe(false);
    expect(existsSync(attachmentMarker)).toBe(false);
    expect(dialogs).toEqual([]);
    expect(downloads).toEqual([]);
    expect(popups).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
