/**
 * The figure pipeline: the PNG codec reads what other encoders write (poppler's pdftoppm here) and what it
 * writes itself, exactly; figures come out at print resolution, smaller, and no sharper than asked.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng, encodePng, type RasterImage } from '../../../electron/services/export/png';
import { FIGURE_DPI, imageForPrint } from '../../../electron/services/export/print-image';
import { useTempDirs } from '../../helpers/temp-dir';
import { makeEvidencePdf, syntheticScreenshot } from './evidence-sources';

const tempDir = useTempDirs();

function image(width: number, height: number, channels: RasterImage['channels'], pixel: (x: number, y: number, c: number) => number): RasterImage {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = pixel(x, y, c);
  return { width, height, channels, data };
}

describe('PNG codec', () => {
  it.each([1, 2, 3, 4] as const)('decodes exactly what it encodes (%i channels, flat and noisy)', async (channels) => {
    const flat = image(97, 31, channels, (x, y, c) => (x < 40 ? 255 : (y * 8 + c * 40) & 255));
    const noisy = image(64, 48, channels, (x, y, c) => (x * 7919 + y * 104729 + c * 31) % 251);
    for (const original of [flat, noisy]) {
      const decoded = await decodePng(await encodePng(original));
      expect(decoded).toMatchObject({ width: original.width, height: original.height, channels });
      expect(Buffer.from(decoded.data).equals(Buffer.from(original.data))).toBe(true);
    }
  });

  it('decodes a page rendered by poppler (pdftoppm): white paper, black words', async () => {
    const dir = tempDir();
    const pdf = await makeEvidencePdf(1, 10);
    writeFileSync(join(dir, 'page.pdf'), pdf.bytes);
    execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
    const page = await decodePng(readFileSync(join(dir, 'page.png')));
    expect(page).toMatchObject({ width: 612, height: 792, channels: 3 });
    const at = (x: number, y: number) => page.data[(y * page.width + x) * 3]!;
    expect(at(10, 10)).toBe(255);
    // The first line's words sit in its rectangle (PDF y counts up from the bottom).
    const [x1, y1, x2, y2] = pdf.pages[0]!.lines[0]!.rect;
    let dark = 0;
    for (let y = Math.ceil(792 - y2); y < 792 - y1; y++) for (let x = Math.ceil(x1); x < x2; x++) if (at(x, y) < 128) dark++;
    expect(dark).toBeGreaterThan(100);
  });
});

describe('figures for print', () => {
  it(`brings a multi-megabyte capture down to ${FIGURE_DPI.min}–${FIGURE_DPI.max} dpi at its printed width`, async () => {
    const capture = await syntheticScreenshot(1800, 1200, 7);
    expect(capture.length).toBeGreaterThan(2_000_000);
    const printed = await imageForPrint(capture, 5);
    expect(printed.widthPx).toBeGreaterThanOrEqual(5 * FIGURE_DPI.min);
    expect(printed.widthPx).toBeLessThanOrEqual(5 * FIGURE_DPI.max);
    expect(printed.heightPx / printed.widthPx).toBeCloseTo(1200 / 1800, 2);
    expect(printed.bytes.length).toBeLessThan(capture.length / 4);
    const decoded = await decodePng(printed.bytes);
    expect(decoded).toMatchObject({ width: printed.widthPx, height: printed.heightPx });
    // Area averaging keeps the picture: the top-left stays light, a line of "text" stays dark.
    expect(decoded.data[0]!).toBeGreaterThan(150);
  });

  it('resamples to the lowest print resolution when halving cannot reach the range', async () => {
    const capture = await syntheticScreenshot(1300, 400, 3);
    const printed = await imageForPrint(capture, 5);
    expect(printed.widthPx).toBe(5 * FIGURE_DPI.min);
    expect(printed.heightPx).toBe(Math.round((400 * 5 * FIGURE_DPI.min) / 1300));
  });

  it('never upscales, flattens transparency onto white, and keeps the original when it is already smaller', async () => {
    const small = await encodePng(image(300, 200, 4, (x, _y, c) => (c === 3 ? (x < 150 ? 0 : 255) : 20)));
    const printed = await imageForPrint(small, 5);
    expect(printed.widthPx).toBe(300);
    const flat = await decodePng(printed.bytes);
    expect(flat.channels === 1 || flat.channels === 3).toBe(true);
    expect(flat.data[0]).toBe(255); // a transparent pixel prints as paper
    const tiny = await encodePng(image(10, 10, 1, () => 0));
    expect((await imageForPrint(tiny, 5)).bytes).toBe(tiny);
  });
});
