import type { Excerpt, PageHits, Rect } from '../../../shared/domain/document';
import type { DocumentLocation } from '../app/route';
import { updateExcerpt } from '../excerpts/excerptActions';
import { PageOverlays, type OverlayBox } from '../viewer/PageOverlays';
import { renderRegionPng } from '../viewer/regionImage';
import { useRegionDrawing } from '../viewer/useRegionDrawing';
import type { ViewerSession } from '../viewer/ViewerSession';
import { useDocumentLocation } from './useDocumentLocation';

interface ViewerLayersProps {
  readonly session: ViewerSession;
  readonly location: DocumentLocation;
  readonly excerpts: readonly Excerpt[] | undefined;
  readonly hits: PageHits | undefined;
  readonly boxes: readonly OverlayBox[];
  readonly drawing: boolean;
  readonly onRegionDrawn: (page: number, rect: Rect) => void;
  readonly onSelectExcerpt: (excerptId: number) => void;
  readonly onExcerptShown: (excerptId: number) => void;
  readonly readOnly: boolean;
}

/** A moved region keeps its picture true: the page region is rendered again and sent with the new rectangle. */
async function adjustRegion(session: ViewerSession, excerpts: readonly Excerpt[] | undefined, id: number, rect: Rect) {
  const page = excerpts?.find((e) => e.id === id)?.page;
  const imagePngBase64 = page === undefined ? undefined : await renderRegionPng(await session.pdf.getPage(page), rect);
  await updateExcerpt({ id, rects: [rect], ...(imagePngBase64 === undefined ? {} : { imagePngBase64 }) });
}

/** What needs the live viewer: going where the route says, drawing regions, the overlays on the pages. */
export function ViewerLayers({ session, location, excerpts, hits, boxes, drawing, onRegionDrawn, onSelectExcerpt, onExcerptShown, readOnly }: ViewerLayersProps) {
  useDocumentLocation(session, location, excerpts, hits, onExcerptShown);
  const draft = useRegionDrawing(session, drawing, onRegionDrawn);
  return (
    <PageOverlays
      session={session}
      boxes={boxes}
      draft={draft}
      onSelectExcerpt={onSelectExcerpt}
      onAdjustRegion={readOnly ? undefined : (id, rect) => void adjustRegion(session, excerpts, id, rect)}
    />
  );
}
