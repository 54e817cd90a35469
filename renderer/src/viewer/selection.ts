/**
 * A text selection in the viewer, read as a text excerpt stores it: the quote exactly as pdf.js's text
 * layer gives it, the page, and one rectangle per line in PDF points (so the highlight is right at any zoom).
 */
import type { Rect } from '../../../shared/domain/document';
import { mergeIntoLines, viewportBoxToRect, type ViewportBox } from './geometry';
import type { ViewerSession } from './ViewerSession';

export type SelectionRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'text'; readonly page: number; readonly quote: string; readonly rects: Rect[] };

function pageOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('.page[data-page-number]') ?? null;
}

/** The boxes of the selected characters: text nodes only, so pdf.js's line breaks and end marker add nothing. */
function selectedTextBoxes(range: Range, pageElement: HTMLElement): ViewportBox[] {
  const origin = pageElement.getBoundingClientRect();
  const left = origin.left + pageElement.clientLeft;
  const top = origin.top + pageElement.clientTop;
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const boxes: ViewportBox[] = [];
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node) || !node.parentElement?.closest('.textLayer')) continue;
    const part = document.createRange();
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    for (const r of part.getClientRects()) {
      if (r.width < 0.5 || r.height < 0.5) continue;
      boxes.push({ x1: r.left - left, y1: r.top - top, x2: r.right - left, y2: r.bottom - top });
    }
  }
  return boxes;
}

export function readSelection(session: ViewerSession): SelectionRead {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return { kind: 'none' };
  const range = selection.getRangeAt(0);
  if (!session.container.contains(range.commonAncestorContainer)) return { kind: 'none' };
  const startPage = pageOf(range.startContainer);
  const endPage = pageOf(range.endContainer);
  if (!startPage || startPage !== endPage) {
    return { kind: 'invalid', message: 'An excerpt quotes one page: select text on a single page, or make one excerpt per page.' };
  }
  const page = Number(startPage.dataset.pageNumber);
  const quote = selection.toString().trim();
  const viewport = session.pageView(page)?.viewport;
  const boxes = selectedTextBoxes(range, startPage);
  if (!viewport || quote === '' || boxes.length === 0) return { kind: 'none' };
  return { kind: 'text', page, quote, rects: mergeIntoLines(boxes).map((box) => viewportBoxToRect(box, viewport)) };
}
