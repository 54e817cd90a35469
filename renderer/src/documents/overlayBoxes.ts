import type { Excerpt, PageHits } from '../../../shared/domain/document';
import { mergeRectsIntoLines } from '../viewer/geometry';
import type { OverlayBox } from '../viewer/PageOverlays';

/** What the viewer draws over the pages: every excerpt (the selected one marked) and a page's search hits. */
export function overlayBoxes(excerpts: readonly Excerpt[], selectedId: number | undefined, hits: { page: number; hits: PageHits } | undefined): OverlayBox[] {
  const boxes: OverlayBox[] = excerpts.flatMap((excerpt) =>
    excerpt.rects.map((rect, i) => ({
      key: `excerpt-${excerpt.id}-${i}`,
      page: excerpt.page,
      rect,
      kind: excerpt.kind === 'text' ? ('text-excerpt' as const) : ('region-excerpt' as const),
      excerptId: excerpt.id,
      selected: excerpt.id === selectedId,
    })),
  );
  if (hits) {
    // Each hit drawn as one box per line, whether the PDF engine measured it by line or by glyph.
    hits.hits.rects.forEach((rects, span) =>
      mergeRectsIntoLines(rects).forEach((rect, line) => boxes.push({ key: `hit-${span}-${line}`, page: hits.page, rect, kind: 'hit' })),
    );
  }
  return boxes;
}
