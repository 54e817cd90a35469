import type { ComponentProps } from 'react';
import { LoadingState } from '../ui/states';
import type DocumentView from './DocumentView';
import { preloadDocument, useDocumentViewer } from './preloadDocument';

/** The document view, once its code has loaded; the document's PDF starts loading meanwhile. */
export function DocumentViewLoader(props: ComponentProps<typeof DocumentView>) {
  preloadDocument(props.documentId);
  const viewer = useDocumentViewer();
  return viewer ? <viewer.default {...props} /> : <LoadingState label="Opening the viewer…" />;
}
