/**
 * End-to-end harness: the built app (dist/) served in browser mode from a fresh user data folder, driven
 * by playwright-core in Debian's Chromium. Every page's CSP violations and console errors are collected,
 * and tests wait for the app's own signals (elements, responses), never for fixed sleeps.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { closeMatter, createAppContext, openInitialMatter, type AppContext } from '../../electron/services/app-context';
import { createHandlers } from '../../electron/services/handlers';
import { startBrowserServer, type BrowserServer } from '../../electron/transport/http-server';
import { builtWorkerPath } from '../helpers/test-app';

export const artifactsDir = resolve(__dirname, 'artifacts');
const rendererDir = resolve(__dirname, '../../dist/renderer');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2eApp {
  readonly ctx: AppContext;
  readonly server: BrowserServer;
  readonly browser: Browser;
  readonly dataDir: string;
  readonly cspViolations: string[];
  readonly pageErrors: string[];
  newPage(viewport?: { width: number; height: number; deviceScaleFactor?: number }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface E2eOptions {
  /** What browser mode hands a confirmed link to (the system browser in `npm start`); none by default. */
  readonly openExternal?: (url: string) => Promise<void>;
}

export async function startE2eApp(options: E2eOptions = {}): Promise<E2eApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimchart-e2e-'));
  const ctx = createAppContext({ dataDir, transport: 'browser', openExternal: options.openExternal });
  openInitialMatter(ctx);
  const server = await startBrowserServer({ ctx, handlers: createHandlers(ctx, { documents: { workerPath: builtWorkerPath } }), rendererDir });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  mkdirSync(artifactsDir, { recursive: true });
  return {
    ctx,
    server,
    browser,
    dataDir,
    cspViolations,
    pageErrors,
    async newPage(viewport = { width: 1440, height: 900 }) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.deviceScaleFactor ?? 1,
      });
      const page = await context.newPage();
      await page.exposeFunction('__reportCspViolation', (text: string) => cspViolations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.goto(server.launchUrl);
      return page;
    },
    async screenshot(page, name) {
      const path = join(artifactsDir, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
      await closeMatter(ctx);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
