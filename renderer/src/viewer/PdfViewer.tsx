import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { PDFDocumentProxy } from './pdfjs';
import { ViewerSession, type ExternalLinkHandler } from './ViewerSession';
import './PdfViewer.css';

export type ViewerTool = 'text' | 'region';

interface PdfViewerProps {
  readonly pdf: PDFDocumentProxy;
  /** Told of the session once the viewer exists, and of null when it goes. */
  readonly onSession: (session: ViewerSession | null) => void;
  readonly onExternalLink: ExternalLinkHandler;
  /** Selecting text, or drawing a region. */
  readonly tool: ViewerTool;
  /** Overlays, rendered into the pages through portals. */
  readonly children?: ReactNode;
}

/**
 * The pages, drawn by pdf.js's PDFViewer in elements it owns: they are made here outside React (React never
 * renders into them) and thrown away with the session, along with every listener pdf.js put on them.
 */
export function PdfViewer({ pdf, onSession, onExternalLink, tool, children }: PdfViewerProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const linkHandler = useRef(onExternalLink);
  linkHandler.current = onExternalLink;
  const sessionHandler = useRef(onSession);
  sessionHandler.current = onSession;

  useLayoutEffect(() => {
    const container = document.createElement('div');
    container.className = 'pdf-viewer__scroller';
    container.tabIndex = 0;
    container.setAttribute('aria-label', 'Document pages');
    const viewer = document.createElement('div');
    viewer.className = 'pdfViewer';
    container.append(viewer);
    hostRef.current!.append(container);
    const session = new ViewerSession(container, viewer, pdf, (url) => linkHandler.current(url));
    sessionHandler.current(session);
    return () => {
      sessionHandler.current(null);
      session.destroy();
      container.remove();
    };
  }, [pdf]);

  return (
    <div ref={hostRef} className="pdf-viewer" data-tool={tool}>
      {children}
    </div>
  );
}
