/**
 * The figure workers: the built worker (bundled here from its source, as the app's build does) sizes a
 * figure exactly as the main thread would, and the export falls back to the main thread without it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFigurePreparer } from '../../../electron/services/export/figure-workers';
import { imageForPrint } from '../../../electron/services/export/print-image';
import { syntheticScreenshot } from './evidence-sources';

let dir: string;
let worker: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimchart-figure-worker-'));
  worker = join(dir, 'figure-worker.js');
  await build({
    entryPoints: [resolve(__dirname, '../../../electron/services/export/figure-worker.ts')],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('figure workers', () => {
  it('prepare figures off the main thread, byte for byte as the main thread does', async () => {
    const captures = await Promise.all([1, 2, 3].map((seed) => syntheticScreenshot(1200, 800, seed)));
    const preparer = startFigurePreparer(worker);
    try {
      expect(preparer.parallelism).toBeGreaterThan(1);
      const fromWorkers = await Promise.all(captures.map((png) => preparer.prepare(png, 4)));
      const here = await Promise.all(captures.map((png) => imageForPrint(png, 4)));
      fromWorkers.forEach((image, i) => {
        expect(image).toMatchObject({ widthPx: here[i]!.widthPx, heightPx: here[i]!.heightPx });
        expect(Buffer.from(image.bytes).equals(Buffer.from(here[i]!.bytes))).toBe(true);
      });
    } finally {
      await preparer.close();
    }
  });

  it('refuse figures still waiting once stopped', async () => {
    const preparer = startFigurePreparer(worker);
    const refused = expect(preparer.prepare(await syntheticScreenshot(1600, 1000, 9), 4)).rejects.toThrow(/stopped/);
    await preparer.close();
    await refused;
  });

  it('fall back to the main thread when the worker is not built', async () => {
    const missing = join(dir, 'missing.js');
    expect(existsSync(missing)).toBe(false);
    const preparer = startFigurePreparer(missing);
    const image = await preparer.prepare(await syntheticScreenshot(1200, 800, 4), 4);
    expect(image.widthPx).toBeLessThanOrEqual(800);
    await preparer.close();
  });
});
