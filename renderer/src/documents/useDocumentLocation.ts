import { useEffect, useRef } from 'react';
import type { Excerpt, PageHits } from '../../../shared/domain/document';
import type { DocumentLocation } from '../app/route';
import { rectToFractions } from '../viewer/geometry';
import { useViewerState } from '../viewer/useViewerState';
import type { ViewerSession } from '../viewer/ViewerSession';

/** Scrolls so the first rectangle of an excerpt, or of a page's search hits, is in view. */
export function scrollToRects(session: ViewerSession, page: number, rects: Excerpt['rects']): void {
  const viewport = session.pageView(page)?.viewport;
  const first = rects[0];
  if (!viewport || !first) {
    session.goToPage(page);
    return;
  }
  session.scrollToBox(page, rectToFractions(first, viewport));
}

/**
 * Opens the document where the route says (a page, an excerpt, a page's search hits), once per route: the
 * reader's own scrolling afterwards is left alone. Waits for what it needs (the pages laid out, the
 * excerpts or the hits loaded).
 */
export function useDocumentLocation(
  session: ViewerSession,
  location: DocumentLocation,
  excerpts: readonly Excerpt[] | undefined,
  hits: PageHits | undefined,
  onExcerptShown: (excerptId: number) => void,
): void {
  const { ready } = useViewerState(session);
  const applied = useRef<string | null>(null);
  const pageShown = useRef<string | null>(null);
  const key = JSON.stringify(location);
  useEffect(() => {
    if (!ready || applied.current === key) return;
    if (location.excerptId !== undefined) {
      if (!excerpts) return;
      applied.current = key;
      const excerpt = excerpts.find((e) => e.id === location.excerptId);
      if (excerpt) {
        scrollToRects(session, excerpt.page, excerpt.rects);
        onExcerptShown(excerpt.id);
      } else if (location.page) session.goToPage(location.page);
      return;
    }
    if (location.page === undefined) {
      applied.current = key;
      return;
    }
    if (location.query !== undefined && hits === undefined) {
      // Show the page now; the hits, when they come, bring their first line into view.
      if (pageShown.current !== key) session.goToPage(location.page);
      pageShown.current = key;
      return;
    }
    applied.current = key;
    scrollToRects(session, location.page, hits?.rects.flat() ?? []);
  });
}
