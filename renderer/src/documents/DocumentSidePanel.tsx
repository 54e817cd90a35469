import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { DocumentDetail, Excerpt } from '../../../shared/domain/document';
import type { ProductSummary } from '../../../shared/domain/matter';
import { ExcerptList } from '../excerpts/ExcerptList';
import { EmptyState } from '../ui/states';
import { OutlinePanel } from '../viewer/OutlinePanel';
import type { ViewerSession } from '../viewer/ViewerSession';
import { MetadataForm } from './MetadataForm';
import './DocumentSidePanel.css';

interface DocumentSidePanelProps {
  readonly document: DocumentDetail;
  readonly excerpts: readonly Excerpt[];
  readonly selectedExcerptId: number | undefined;
  readonly onOpenExcerpt: (excerpt: Excerpt) => void;
  readonly session: ViewerSession | null;
  readonly onExternalLink: (url: string) => void;
  readonly products: readonly ProductSummary[];
  readonly readOnly: boolean;
  /** Shown tab, controlled so a new or opened excerpt can bring the excerpts forward. */
  readonly tab: Key;
  readonly onTabChange: (tab: Key) => void;
}

/** Beside the pages: the document's excerpts, its details (editable), and its outline. */
export function DocumentSidePanel(props: DocumentSidePanelProps) {
  const { document, excerpts, selectedExcerptId, onOpenExcerpt, session, onExternalLink, products, readOnly, tab, onTabChange } = props;
  return (
    <Tabs className="document-panel" selectedKey={tab} onSelectionChange={onTabChange}>
      <TabList className="document-panel__tabs" aria-label="Document panels">
        <Tab id="excerpts" className="document-panel__tab">
          Excerpts <span className="document-panel__count">{excerpts.length}</span>
        </Tab>
        <Tab id="details" className="document-panel__tab">
          Details
        </Tab>
        <Tab id="outline" className="document-panel__tab">
          Outline
        </Tab>
      </TabList>
      <TabPanel id="excerpts" className="document-panel__panel">
        <ExcerptList
          excerpts={excerpts}
          selectedId={selectedExcerptId}
          onOpen={onOpenExcerpt}
          readOnly={readOnly}
          empty={
            <EmptyState title="No excerpts yet">
              <p>Select text on a page and choose Add excerpt (Ctrl or ⌘ + E), or choose Capture region and drag a rectangle around a figure or table.</p>
            </EmptyState>
          }
        />
      </TabPanel>
      <TabPanel id="details" className="document-panel__panel">
        <MetadataForm key={document.id} document={document} products={products} readOnly={readOnly} />
      </TabPanel>
      <TabPanel id="outline" className="document-panel__panel document-panel__panel--flush">
        {session && <OutlinePanel session={session} onExternalLink={onExternalLink} />}
      </TabPanel>
    </Tabs>
  );
}
