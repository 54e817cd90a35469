import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { ChartDetail, ChartRow } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';
import type { MatterOverview } from '../../../shared/domain/matter';
import { UndoBar } from '../excerpts/UndoBar';
import { ExcerptsTab } from './ExcerptsTab';
import { FindEvidenceTab } from './FindEvidenceTab';
import { SearchTab } from './SearchTab';
import { useExcerptDeletion } from './useExcerptDeletion';
import '../excerpts/ExcerptList.css';
import './EvidencePanel.css';

interface EvidencePanelProps {
  readonly chart: ChartDetail;
  readonly rows: readonly ChartRow[];
  readonly focusedRow: ChartRow | undefined;
  readonly overview: MatterOverview;
  readonly readOnly: boolean;
  readonly onCite: (excerpt: Excerpt) => void;
  /** A citation chip for the excerpt at the caret of the current row's cell. */
  readonly onInsertCite: (excerpt: Excerpt) => void;
}

/** Beside the chart: the matter's excerpts to cite, search, and evidence suggested for the focused row. */
export function EvidencePanel({ chart, rows, focusedRow, overview, readOnly, onCite, onInsertCite }: EvidencePanelProps) {
  const { requestDelete, confirmation } = useExcerptDeletion();
  const scope = chart.kind === 'infringement' ? { productId: chart.product?.id } : { documentIds: chart.references.map((r) => r.documentId) };

  return (
    <aside className="evidence-panel" aria-label="Evidence">
      <div className="evidence-panel__current" aria-live="polite">
        {focusedRow ? (
          <>
            Current row <strong>{focusedRow.label}</strong>
          </>
        ) : (
          'Click a row to cite into it'
        )}
      </div>
      <Tabs className="evidence-panel__tabs">
        <TabList className="evidence-panel__tab-list" aria-label="Evidence sources">
          <Tab id="excerpts" className="evidence-panel__tab">
            Excerpts
          </Tab>
          <Tab id="find" className="evidence-panel__tab">
            Find evidence
          </Tab>
          <Tab id="search" className="evidence-panel__tab">
            Search
          </Tab>
        </TabList>
        <TabPanel id="excerpts" className="evidence-panel__panel">
          <UndoBar />
          <ExcerptsTab
            chartId={chart.id}
            rows={rows}
            overview={overview}
            canCite={!readOnly && focusedRow !== undefined}
            readOnly={readOnly}
            onCite={onCite}
            onInsertCite={onInsertCite}
            onDelete={requestDelete}
          />
        </TabPanel>
        <TabPanel id="find" className="evidence-panel__panel">
          <FindEvidenceTab row={focusedRow} scope={scope} />
        </TabPanel>
        <TabPanel id="search" className="evidence-panel__panel">
          <SearchTab documentIds={scope.documentIds} />
        </TabPanel>
      </Tabs>
      {confirmation}
    </aside>
  );
}
