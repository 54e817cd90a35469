import { useEffect, useState } from 'react';
import type { Excerpt, Rect } from '../../../shared/domain/document';
import { createExcerpt } from '../excerpts/excerptActions';
import { RpcError } from '../rpc/client';
import { reportError } from '../ui/notifications';
import type { PDFDocumentProxy } from '../viewer/pdfjs';
import { renderRegionPng } from '../viewer/regionImage';
import { readSelection } from '../viewer/selection';
import type { ViewerSession } from '../viewer/ViewerSession';

/** Whether text is selected in the viewer (for "Add excerpt"). */
function useTextSelected(session: ViewerSession | null): boolean {
  const [selected, setSelected] = useState(false);
  useEffect(() => {
    if (!session) return;
    const onChange = () => {
      const selection = window.getSelection();
      setSelected(Boolean(selection && !selection.isCollapsed && selection.anchorNode && session.container.contains(selection.anchorNode)));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [session]);
  return selected;
}

const CAPTURE_FAILED = 'Could not add the excerpt';

/**
 * Making excerpts from the viewer: the selected text (quote, page, line rectangles), or a region drawn on a
 * page (its rectangle and a PNG rendered from the PDF). `onCreated` gets each new excerpt.
 */
export function useExcerptCapture(documentId: number, pdf: PDFDocumentProxy, session: ViewerSession | null, onCreated: (excerpt: Excerpt) => void) {
  const [capturing, setCapturing] = useState(false);
  const textSelected = useTextSelected(session);

  async function save(work: () => Promise<Excerpt | undefined>) {
    setCapturing(true);
    try {
      const excerpt = await work();
      if (excerpt) onCreated(excerpt);
    } finally {
      setCapturing(false);
    }
  }

  async function addTextExcerpt() {
    if (!session || capturing) return;
    const selection = readSelection(session);
    if (selection.kind === 'none') return;
    if (selection.kind === 'invalid') {
      reportError(CAPTURE_FAILED, new RpcError('invalid-input', selection.message));
      return;
    }
    await save(async () => {
      const excerpt = await createExcerpt({ kind: 'text', documentId, page: selection.page, quote: selection.quote, rects: selection.rects });
      if (excerpt) window.getSelection()?.removeAllRanges();
      return excerpt;
    });
  }

  async function addRegionExcerpt(page: number, rect: Rect) {
    if (capturing) return;
    await save(async () => {
      let imagePngBase64: string;
      try {
        imagePngBase64 = await renderRegionPng(await pdf.getPage(page), rect);
      } catch (error) {
        reportError(CAPTURE_FAILED, new RpcError('internal', error instanceof Error ? error.message : String(error)));
        return undefined;
      }
      return createExcerpt({ kind: 'region', documentId, page, rect, imagePngBase64 });
    });
  }

  return { capturing, textSelected, addTextExcerpt, addRegionExcerpt };
}
