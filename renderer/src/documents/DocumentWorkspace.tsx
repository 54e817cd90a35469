import { useMemo, useState } from 'react';
import type { Key } from 'react-aria-components';
import type { DocumentDetail, Excerpt } from '../../../shared/domain/document';
import type { ProductSummary } from '../../../shared/domain/matter';
import type { DocumentLocation } from '../app/route';
import { ExternalLinkDialog } from '../viewer/ExternalLinkDialog';
import type { PDFDocumentProxy } from '../viewer/pdfjs';
import { PdfViewer, type ViewerTool } from '../viewer/PdfViewer';
import { ViewerToolbar } from '../viewer/ViewerToolbar';
import type { ViewerSession } from '../viewer/ViewerSession';
import { DocumentSidePanel } from './DocumentSidePanel';
import { overlayBoxes } from './overlayBoxes';
import { useExcerpts, usePageHits } from './queries';
import { scrollToRects } from './useDocumentLocation';
import { useExcerptCapture } from './useExcerptCapture';
import { useWorkspaceShortcuts } from './useWorkspaceShortcuts';
import { ViewerLayers } from './ViewerLayers';
import './DocumentWorkspace.css';

interface DocumentWorkspaceProps {
  readonly document: DocumentDetail;
  readonly pdf: PDFDocumentProxy;
  readonly location: DocumentLocation;
  readonly products: readonly ProductSummary[];
  readonly readOnly: boolean;
}

/** The viewer with its toolbar, the excerpts drawn over the pages, and the side panel. */
export function DocumentWorkspace({ document, pdf, location, products, readOnly }: DocumentWorkspaceProps) {
  const [session, setSession] = useState<ViewerSession | null>(null);
  const [tool, setTool] = useState<ViewerTool>('text');
  const [findOpen, setFindOpen] = useState(false);
  const [externalUrl, setExternalUrl] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState(location.excerptId);
  const [tab, setTab] = useState<Key>('excerpts');
  const { data: excerpts } = useExcerpts({ documentId: document.id });
  const hitsQuery =
    location.query !== undefined && location.page !== undefined
      ? { documentId: document.id, page: location.page, query: location.query, mode: location.match ?? ('query' as const) }
      : null;
  const { data: hits } = usePageHits(hitsQuery);
  const boxes = useMemo(
    () => overlayBoxes(excerpts ?? [], selectedId, hits && location.page !== undefined ? { page: location.page, hits } : undefined),
    [excerpts, selectedId, hits, location.page],
  );

  const showExcerpt = (excerpt: Excerpt) => {
    setSelectedId(excerpt.id);
    setTab('excerpts');
    if (session) scrollToRects(session, excerpt.page, excerpt.rects);
  };
  const capture = useExcerptCapture(document.id, pdf, session, showExcerpt);
  useWorkspaceShortcuts({
    onFind: () => setFindOpen(true),
    onAddExcerpt: () => void capture.addTextExcerpt(),
    onCancelTool: () => setTool('text'),
    readOnly,
  });

  return (
    <>
      {session ? (
        <ViewerToolbar
          session={session}
          tool={tool}
          onToolChange={setTool}
          findOpen={findOpen}
          onFindOpenChange={setFindOpen}
          canAddExcerpt={capture.textSelected}
          onAddExcerpt={() => void capture.addTextExcerpt()}
          capturing={capture.capturing}
          readOnly={readOnly}
        />
      ) : (
        <div className="viewer-toolbar-area document-workspace__toolbar-placeholder" />
      )}
      <div className="document-workspace">
        <PdfViewer pdf={pdf} onSession={setSession} onExternalLink={setExternalUrl} tool={tool}>
          {session && (
            <ViewerLayers
              session={session}
              location={location}
              excerpts={excerpts}
              hits={hits}
              boxes={boxes}
              drawing={tool === 'region' && !capture.capturing}
              onRegionDrawn={(page, rect) => {
                setTool('text');
                void capture.addRegionExcerpt(page, rect);
              }}
              onSelectExcerpt={(id) => {
                setSelectedId(id);
                setTab('excerpts');
              }}
              onExcerptShown={setSelectedId}
              readOnly={readOnly}
            />
          )}
        </PdfViewer>
        <DocumentSidePanel
          document={document}
          excerpts={excerpts ?? []}
          selectedExcerptId={selectedId}
          onOpenExcerpt={showExcerpt}
          session={session}
          onExternalLink={setExternalUrl}
          products={products}
          readOnly={readOnly}
          tab={tab}
          onTabChange={setTab}
        />
      </div>
      <ExternalLinkDialog url={externalUrl} onClose={() => setExternalUrl(null)} />
    </>
  );
}
