import type { DocumentSummary } from '../../../shared/domain/matter';
import { Badge } from '../ui/Badge';
import { countOf } from '../ui/format';
import { EmptyState } from '../ui/states';
import { SidebarList } from './SidebarList';

const documentTypeNames: Record<DocumentSummary['docType'], string> = {
  manual: 'Manual',
  datasheet: 'Datasheet',
  'web-printout': 'Web printout',
  produced: 'Produced',
  patent: 'Patent',
  other: 'Document',
};

export function DocumentList({ documents }: { readonly documents: readonly DocumentSummary[] }) {
  if (documents.length === 0) {
    return (
      <EmptyState compact title="No product documents yet">
        <p>Import manuals, datasheets or produced documents to cite them as evidence in charts.</p>
        <p>Document import arrives in an upcoming version; it will be offered here.</p>
      </EmptyState>
    );
  }
  return (
    <SidebarList aria-label="Documents" items={documents} textValue={(d) => `${d.title}, ${documentTypeNames[d.docType]}`}>
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
  );
}
