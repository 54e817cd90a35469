/** Excerpt rectangles on their page: checked against the page box, and the excerpt's place on the page. */
import type { Rect } from '../../../shared/domain/document';
import { AppError } from '../../../shared/errors';

export interface PageBox {
  readonly number: number;
  readonly width: number;
  readonly height: number;
}

/** Points a rectangle may stick out of the page box: rounding in the viewer's coordinate conversion. */
const TOLERANCE = 1;

export function assertRectsOnPage(rects: readonly Rect[], page: PageBox): void {
  const outside = rects.findIndex(
    ([x1, y1, x2, y2]) => x1 < -TOLERANCE || y1 < -TOLERANCE || x2 > page.width + TOLERANCE || y2 > page.height + TOLERANCE,
  );
  if (outside >= 0) {
    throw new AppError(
      'invalid-input',
      `Rectangle ${outside + 1} lies outside page ${page.number} (${page.width.toFixed(1)} × ${page.height.toFixed(1)} points).`,
    );
  }
}

/** Rectangles PDFium reports can overhang the box by a glyph's side bearing; stored excerpts stay inside. */
export function clampToPage(rect: Rect, page: PageBox): Rect {
  const [x1, y1, x2, y2] = rect;
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  return [clamp(x1, page.width), clamp(y1, page.height), clamp(x2, page.width), clamp(y2, page.height)];
}

/**
 * Orders excerpts as they read (like Zotero's sortIndex): page, then distance of the first line from the
 * top of the page, then from the left, zero-padded so the strings sort as the numbers do.
 */
export function excerptSortKey(page: PageBox, rects: readonly Rect[]): string {
  const top = rects.reduce<Rect | undefined>((best, r) => (!best || r[3] > best[3] ? r : best), undefined);
  const fromTop = top ? Math.max(0, Math.round(page.height - top[3])) : 0;
  const fromLeft = top ? Math.max(0, Math.round(top[0])) : 0;
  const pad = (n: number) => String(n).padStart(5, '0');
  return `${pad(page.number)}|${pad(fromTop)}|${pad(fromLeft)}`;
}
