import type { DocumentDetail } from '../../../shared/domain/document';
import type { MatterOverview } from '../../../shared/domain/matter';
import type { DocumentLocation } from '../app/route';
import { Badge } from '../ui/Badge';
import { countOf } from '../ui/format';
import { ErrorState, LoadingState } from '../ui/states';
import { ViewHeader } from '../ui/View';
import { usePdfDocument } from '../viewer/usePdfDocument';
import { documentTypeNames } from './documentTypes';
import { DocumentWorkspace } from './DocumentWorkspace';
import { PdfPasswordPrompt } from './PdfPasswordPrompt';
import { useDocument } from './queries';
import './DocumentView.css';

interface DocumentViewProps {
  readonly documentId: number;
  readonly location: DocumentLocation;
  readonly overview: MatterOverview;
}

/**
 * One product document: the PDF in the viewer, its excerpts, and its details. The default export is what
 * DocumentViewLoader loads, in a chunk of its own with pdf.js.
 */
export default function DocumentView({ documentId, location, overview }: DocumentViewProps) {
  const { data: document, error, reload } = useDocument(documentId);
  const pdf = usePdfDocument(documentId);
  if (!document) {
    return error ? <ErrorState title="This document could not be opened" error={error} onRetry={reload} /> : <LoadingState label="Opening the document…" />;
  }
  return (
    <article className="document-view" aria-label={document.title}>
      <div className="document-view__header">
        <DocumentHeader document={document} />
      </div>
      {pdf.status === 'loaded' && (
        <DocumentWorkspace document={document} pdf={pdf.pdf} location={location} products={overview.products} readOnly={overview.matter.readOnly} />
      )}
      {pdf.status === 'loading' && <LoadingState label="Loading the PDF…" />}
      {pdf.status === 'password' && <PdfPasswordPrompt key={String(pdf.wrong)} wrong={pdf.wrong} onSubmit={pdf.submit} />}
      {pdf.status === 'failed' && (
        <div className="error-state">
          <p className="error-state__title">The PDF could not be shown</p>
          <p className="error-state__message">{pdf.message}</p>
        </div>
      )}
    </article>
  );
}

function DocumentHeader({ document }: { readonly document: DocumentDetail }) {
  return (
    <ViewHeader
      eyebrow="Document"
      title={document.title}
      subtitle={[documentTypeNames[document.docType], document.fileName, countOf(document.pageCount, 'page'), document.batesRange].filter(Boolean).join(' · ')}
    >
      {document.confidentiality && <Badge tone="danger">{document.confidentiality}</Badge>}
      {!document.hasText && <Badge tone="warning">No text layer: not searchable</Badge>}
      {document.productIds.length > 0 && <Badge tone="accent">{countOf(document.productIds.length, 'accused product')}</Badge>}
    </ViewHeader>
  );
}
