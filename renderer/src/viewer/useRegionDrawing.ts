import { useEffect, useRef, useState } from 'react';
import type { Rect } from '../../../shared/domain/document';
import { boxBetween, fractionsToRect, pointOnPage, type PageFractions } from './geometry';
import { trackPointer } from './trackPointer';
import type { ViewerSession } from './ViewerSession';

export interface RegionDraft {
  readonly page: number;
  readonly box: PageFractions;
}

/** Smaller than this (a fraction of the page's width or height), a drag was a click, not a region. */
const MIN_SIZE = 0.01;

/**
 * While `active`, a drag on a page draws a region: returns the region being drawn, and hands the finished
 * one over as a rectangle in PDF points.
 */
export function useRegionDrawing(session: ViewerSession, active: boolean, onDrawn: (page: number, rect: Rect) => void): RegionDraft | null {
  const [draft, setDraft] = useState<RegionDraft | null>(null);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    if (!active) return;
    const onPointerDown = (event: PointerEvent) => {
      const pageElement = (event.target as Element).closest<HTMLElement>('.page[data-page-number]');
      if (event.button !== 0 || !pageElement) return;
      event.preventDefault();
      const page = Number(pageElement.dataset.pageNumber);
      const origin = pointOnPage(pageElement, event.clientX, event.clientY);
      trackPointer(pageElement, event, {
        onMove: (point) => setDraft({ page, box: boxBetween(origin, point) }),
        onEnd: (point) => {
          setDraft(null);
          const box = boxBetween(origin, point);
          const viewport = session.pageView(page)?.viewport;
          if (viewport && box.width >= MIN_SIZE && box.height >= MIN_SIZE) onDrawnRef.current(page, fractionsToRect(box, viewport));
        },
        onCancel: () => setDraft(null),
      });
    };
    const container = session.container;
    container.addEventListener('pointerdown', onPointerDown);
    return () => container.removeEventListener('pointerdown', onPointerDown);
  }, [session, active]);

  return draft;
}
