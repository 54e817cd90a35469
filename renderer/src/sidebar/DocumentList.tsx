import { useEffect } from 'react';
import { Button, Link } from 'react-aria-components';
import type { DocumentSummary } from '../../../shared/domain/matter';
import { documentHref, excerptsHref, searchHref, type Route } from '../app/route';
import { documentTypeNames } from '../documents/documentTypes';
import { openImportPicker } from '../documents/import/importStore';
import { warmUpDocumentViewer } from '../documents/preloadDocument';
import { navigate } from '../hooks/useRoute';
import { Badge } from '../ui/Badge';
import { countOf } from '../ui/format';
import { EmptyState } from '../ui/states';
import { SidebarList } from './SidebarList';
import './DocumentList.css';

interface DocumentListProps {
  readonly documents: readonly DocumentSummary[];
  readonly route: Route;
  readonly readOnly: boolean;
}

/** The matter's product documents, and the ways in: import, search across them, every excerpt. */
export function DocumentList({ documents, route, readOnly }: DocumentListProps) {
  const hasDocuments = documents.length > 0;
  useEffect(() => {
    if (hasDocuments) warmUpDocumentViewer();
  }, [hasDocuments]);
  return (
    <>
      {documents.length === 0 ? (
        <EmptyState compact title="No product documents yet">
          <p>Import manuals, datasheets or produced documents to cite them as evidence in charts.</p>
          <p>Drop PDFs anywhere on the window, or choose Import documents… (Ctrl or ⌘ + I).</p>
        </EmptyState>
      ) : (
        <SidebarList
          aria-label="Documents"
          items={documents}
          textValue={(d) => `${d.title}, ${documentTypeNames[d.docType]}`}
          onAction={(d) => navigate(documentHref(d.id))}
          currentId={route.view === 'document' ? route.documentId : undefined}
        >
          {(document) => (
            <>
              <span className="sidebar-list__title">{document.title}</span>
              <span className="sidebar-list__meta">
                <span>{documentTypeNames[document.docType]}</span>
                <span>{countOf(document.pageCount, 'page')}</span>
                {document.batesPrefix !== null && document.batesStart !== null && (
                  <span>
                    {document.batesPrefix}
                    {document.batesStart}
                  </span>
                )}
                {document.confidentiality && <Badge tone="danger">{document.confidentiality}</Badge>}
                {!document.hasText && <Badge tone="warning">No text layer</Badge>}
              </span>
            </>
          )}
        </SidebarList>
      )}
      <Button className="sidebar__add" onPress={openImportPicker} isDisabled={readOnly}>
        Import documents…
      </Button>
      {documents.length > 0 && (
        <>
          <Link className="sidebar__add document-list__link" href={searchHref()} aria-current={route.view === 'search' ? 'page' : undefined}>
            Search documents
          </Link>
          <Link className="sidebar__add document-list__link" href={excerptsHref()} aria-current={route.view === 'excerpts' ? 'page' : undefined}>
            All excerpts
          </Link>
        </>
      )}
    </>
  );
}
