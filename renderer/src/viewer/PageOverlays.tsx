import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import type { Rect } from '../../../shared/domain/document';
import { fractionsToRect, pointOnPage, rectToFractions, type PageFractions } from './geometry';
import { trackPointer } from './trackPointer';
import type { RegionDraft } from './useRegionDrawing';
import { useViewerState } from './useViewerState';
import type { ViewerSession } from './ViewerSession';

export interface OverlayBox {
  readonly key: string;
  readonly page: number;
  readonly rect: Rect;
  readonly kind: 'text-excerpt' | 'region-excerpt' | 'hit';
  readonly excerptId?: number;
  readonly selected?: boolean;
}

interface PageOverlaysProps {
  readonly session: ViewerSession;
  readonly boxes: readonly OverlayBox[];
  readonly draft: RegionDraft | null;
  /** A click on an excerpt's highlight (with no text being selected). */
  readonly onSelectExcerpt: (excerptId: number) => void;
  /** The selected region excerpt's new rectangle, after its handles were dragged; without it, no handles. */
  readonly onAdjustRegion?: (excerptId: number, rect: Rect) => void;
}

/** Excerpt highlights, search hits and the region being drawn, on their pages, placed at any zoom. */
export function PageOverlays({ session, boxes, draft, onSelectExcerpt, onAdjustRegion }: PageOverlaysProps) {
  // Re-rendered whenever pdf.js draws a page: its size (and, before it first loads, its shape) may change.
  useViewerState(session);
  useExcerptClicks(session, boxes, onSelectExcerpt);
  const pages = new Set(boxes.map((b) => b.page));
  if (draft) pages.add(draft.page);
  return [...pages].map((page) => {
    const viewport = session.pageView(page)?.viewport;
    if (!viewport) return null;
    const onPage = boxes.filter((b) => b.page === page);
    const region = onAdjustRegion && onPage.find((b) => b.selected && b.kind === 'region-excerpt');
    return createPortal(
      <>
        {onPage.map((box) => (
          <div
            key={box.key}
            className={`page-overlay__box page-overlay__box--${box.kind}${box.selected ? ' page-overlay__box--selected' : ''}`}
            style={placement(rectToFractions(box.rect, viewport))}
            data-excerpt-id={box.excerptId}
          />
        ))}
        {region && (
          <RegionHandles
            key={`${region.key}:${region.rect.join(',')}`}
            session={session}
            page={page}
            box={rectToFractions(region.rect, viewport)}
            onAdjust={(rect) => onAdjustRegion?.(region.excerptId!, rect)}
          />
        )}
        {draft?.page === page && <div className="page-overlay__box page-overlay__box--drawing" style={placement(draft.box)} />}
      </>,
      session.pageLayer(page),
      `page-${page}`,
    );
  });
}

function placement(box: PageFractions): CSSProperties {
  const percent = (v: number) => `${(v * 100).toFixed(4)}%`;
  return { left: percent(box.left), top: percent(box.top), width: percent(box.width), height: percent(box.height) };
}

const contains = (box: PageFractions, x: number, y: number) =>
  x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;

/** Clicking a highlighted excerpt selects it; the layer itself lets every pointer event through to the text. */
function useExcerptClicks(session: ViewerSession, boxes: readonly OverlayBox[], onSelect: (excerptId: number) => void) {
  const latest = useRef({ boxes, onSelect });
  latest.current = { boxes, onSelect };
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const pageElement = (event.target as Element).closest<HTMLElement>('.page[data-page-number]');
      const page = Number(pageElement?.dataset.pageNumber);
      const viewport = session.pageView(page)?.viewport;
      if (!pageElement || !viewport) return;
      const { x, y } = pointOnPage(pageElement, event.clientX, event.clientY);
      const hit = latest.current.boxes.find(
        (b) => b.page === page && b.excerptId !== undefined && contains(rectToFractions(b.rect, viewport), x, y),
      );
      if (hit) latest.current.onSelect(hit.excerptId!);
    };
    session.container.addEventListener('click', onClick);
    return () => session.container.removeEventListener('click', onClick);
  }, [session]);
}

const handles = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'] as const;
type Handle = (typeof handles)[number];

/** Moves the edges a handle stands for to the pointer. */
function resize(box: PageFractions, handle: Handle, point: { x: number; y: number }): PageFractions {
  let [x1, y1, x2, y2] = [box.left, box.top, box.left + box.width, box.top + box.height];
  if (handle.includes('w')) x1 = point.x;
  if (handle.includes('e')) x2 = point.x;
  if (handle.includes('n')) y1 = point.y;
  if (handle.includes('s')) y2 = point.y;
  return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

function handlePosition(box: PageFractions, handle: Handle): PageFractions {
  const x = handle.includes('w') ? box.left : handle.includes('e') ? box.left + box.width : box.left + box.width / 2;
  const y = handle.includes('n') ? box.top : handle.includes('s') ? box.top + box.height : box.top + box.height / 2;
  return { left: x, top: y, width: 0, height: 0 };
}

/** The selected region's handles: drag one to move that edge or corner; the region is saved on release. */
function RegionHandles({ session, page, box, onAdjust }: { readonly session: ViewerSession; readonly page: number; readonly box: PageFractions; readonly onAdjust: (rect: Rect) => void }) {
  const [live, setLive] = useState(box);
  return (
    <>
      <div className="page-overlay__box page-overlay__box--drawing" style={placement(live)} />
      {handles.map((handle) => {
        const { left, top } = placement(handlePosition(live, handle));
        return (
          <div
            key={handle}
            className={`page-overlay__handle page-overlay__handle--${handle}`}
            style={{ left, top }}
            aria-hidden="true"
            onPointerDown={(event) => {
              const pageElement = session.pageElement(page);
              if (!pageElement || event.button !== 0) return;
              event.preventDefault();
              event.stopPropagation();
              let next = live;
              trackPointer(pageElement, event.nativeEvent, {
                onMove: (point) => setLive((next = resize(live, handle, point))),
                onEnd: () => {
                  const viewport = session.pageView(page)?.viewport;
                  if (viewport && next !== live && next.width > 0.005 && next.height > 0.005) onAdjust(fractionsToRect(next, viewport));
                  else setLive(box);
                },
                onCancel: () => setLive(box),
              });
            }}
          />
        );
      })}
    </>
  );
}
