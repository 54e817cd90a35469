/** A region excerpt's picture: the page region drawn afresh by pdf.js at print-like resolution, as PNG. */
import type { Rect } from '../../../shared/domain/document';
import { MAX_REGION_IMAGE_BASE64 } from '../documents/limits';
import { rectToViewportBox } from './geometry';
import type { PDFPageProxy } from './pdfjs';

/** Pixels per PDF point: 3 is 216 dpi, over twice the 100% zoom; the smaller one is for very large regions. */
const SCALES = [3, 2.7];

async function pngBase64(canvas: HTMLCanvasElement): Promise<string> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The region could not be turned into an image.');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function renderRegionPng(page: PDFPageProxy, rect: Rect): Promise<string> {
  for (const scale of SCALES) {
    const viewport = page.getViewport({ scale });
    const box = rectToViewportBox(rect, viewport);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(box.x2 - box.x1));
    canvas.height = Math.max(1, Math.round(box.y2 - box.y1));
    await page.render({ canvas, viewport, transform: [1, 0, 0, 1, -box.x1, -box.y1] }).promise;
    const base64 = await pngBase64(canvas);
    if (base64.length <= MAX_REGION_IMAGE_BASE64) return base64;
  }
  throw new Error('This region is too large to store as an image: draw a smaller one (a figure or a table, not the whole page).');
}
