/**
 * Excerpt rectangles between the page as shown and the stored form: [x1, y1, x2, y2] in PDF points from the
 * lower-left corner of the page box (shared/domain/document.ts). pdf.js's viewport does the conversions, so
 * rotation and the page box's origin are taken care of; boxes on screen are kept as fractions of the page,
 * which CSS percentages place right at every zoom.
 */
import type { Rect } from '../../../shared/domain/document';
import type { PageViewport } from './pdfjs';

/** A box on the page as shown, as fractions (0–1) of its width and height from its top-left corner. */
export interface PageFractions {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A box in CSS pixels from the top-left corner of the page as shown at the viewport's scale. */
export interface ViewportBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export function rectToFractions(rect: Rect, viewport: PageViewport): PageFractions {
  const [ox = 0, oy = 0] = viewport.viewBox;
  const [a, b, c, d] = viewport.convertToViewportRectangle([rect[0] + ox, rect[1] + oy, rect[2] + ox, rect[3] + oy]) as number[];
  return {
    left: Math.min(a!, c!) / viewport.width,
    top: Math.min(b!, d!) / viewport.height,
    width: Math.abs(c! - a!) / viewport.width,
    height: Math.abs(d! - b!) / viewport.height,
  };
}

/** The stored rectangle for a box on the page, kept inside the page box (a drag may overshoot its edge). */
export function viewportBoxToRect(box: ViewportBox, viewport: PageViewport): Rect {
  const [ox = 0, oy = 0, ex = 0, ey = 0] = viewport.viewBox;
  const [ax, ay] = viewport.convertToPdfPoint(box.x1, box.y1) as [number, number];
  const [bx, by] = viewport.convertToPdfPoint(box.x2, box.y2) as [number, number];
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  const round = (v: number) => Math.round(v * 100) / 100;
  const [width, height] = [ex - ox, ey - oy];
  return [
    round(clamp(Math.min(ax, bx) - ox, width)),
    round(clamp(Math.min(ay, by) - oy, height)),
    round(clamp(Math.max(ax, bx) - ox, width)),
    round(clamp(Math.max(ay, by) - oy, height)),
  ];
}

/** The same box in the viewport's pixels (for rendering a region at another scale). */
export function rectToViewportBox(rect: Rect, viewport: PageViewport): ViewportBox {
  const { left, top, width, height } = rectToFractions(rect, viewport);
  return { x1: left * viewport.width, y1: top * viewport.height, x2: (left + width) * viewport.width, y2: (top + height) * viewport.height };
}

/**
 * The boxes of a text selection (one per run of text, often per word) merged into one box per line, as a
 * quote's highlight is stored: boxes that overlap vertically by half the smaller height, and are not a
 * column gutter apart, share a line.
 */
export function mergeIntoLines(boxes: readonly ViewportBox[]): ViewportBox[] {
  const lines: ViewportBox[] = [];
  const sameLine = (l: ViewportBox, box: ViewportBox) => {
    const height = Math.min(l.y2 - l.y1, box.y2 - box.y1);
    const gap = Math.max(box.x1 - l.x2, l.x1 - box.x2);
    return Math.min(l.y2, box.y2) - Math.max(l.y1, box.y1) >= 0.5 * height && gap < 3 * height;
  };
  for (const box of [...boxes].sort((p, q) => p.y1 - q.y1 || p.x1 - q.x1)) {
    const line = lines.find((l) => sameLine(l, box));
    if (!line) {
      lines.push({ ...box });
      continue;
    }
    lines[lines.indexOf(line)] = {
      x1: Math.min(line.x1, box.x1),
      y1: Math.min(line.y1, box.y1),
      x2: Math.max(line.x2, box.x2),
      y2: Math.max(line.y2, box.y2),
    };
  }
  return lines;
}

export function fractionsToRect(box: PageFractions, viewport: PageViewport): Rect {
  return viewportBoxToRect(
    {
      x1: box.left * viewport.width,
      y1: box.top * viewport.height,
      x2: (box.left + box.width) * viewport.width,
      y2: (box.top + box.height) * viewport.height,
    },
    viewport,
  );
}

/** Where a pointer is on a page element, as fractions of the page (clamped to it). */
export function pointOnPage(pageElement: HTMLElement, clientX: number, clientY: number): { x: number; y: number } {
  const bounds = pageElement.getBoundingClientRect();
  const clamp = (v: number) => Math.min(Math.max(v, 0), 1);
  return {
    x: clamp((clientX - bounds.left - pageElement.clientLeft) / pageElement.clientWidth),
    y: clamp((clientY - bounds.top - pageElement.clientTop) / pageElement.clientHeight),
  };
}

/** The box spanned by two corners, in fractions. */
export function boxBetween(a: { x: number; y: number }, b: { x: number; y: number }): PageFractions {
  return { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
}

/** Rectangles in PDF points merged one per line, the same way (the vertical direction does not matter to it). */
export function mergeRectsIntoLines(rects: readonly Rect[]): Rect[] {
  return mergeIntoLines(rects.map(([x1, y1, x2, y2]) => ({ x1, y1, x2, y2 }))).map(({ x1, y1, x2, y2 }) => [x1, y1, x2, y2]);
}
