import type { ChartSummary, PatentSummary, ProductSummary } from '../../../shared/domain/matter';
import { countOf } from '../ui/format';
import { EmptyState } from '../ui/states';
import { SidebarList } from './SidebarList';

interface ChartListProps {
  readonly charts: readonly ChartSummary[];
  readonly patents: readonly PatentSummary[];
  readonly products: readonly ProductSummary[];
}

export function ChartList({ charts, patents, products }: ChartListProps) {
  if (charts.length === 0) {
    return (
      <EmptyState compact title="No charts yet">
        <p>A chart maps each limitation of a patent’s claims to evidence that an accused product meets it.</p>
        <p>Chart building arrives in an upcoming version; charts will be listed here.</p>
      </EmptyState>
    );
  }
  const patentNumber = new Map(patents.map((p) => [p.id, p.number]));
  const productName = new Map(products.map((p) => [p.id, p.name]));
  return (
    <SidebarList aria-label="Charts" items={charts} textValue={(c) => c.title}>
      {(chart) => (
        <>
          <span className="sidebar-list__title">{chart.title}</span>
          <span className="sidebar-list__meta">
            <span>
              {[patentNumber.get(chart.patentId), chart.productId === null ? 'invalidity' : productName.get(chart.productId)]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <span>{countOf(chart.rowCount, 'row')}</span>
            {chart.statusCounts['needs-evidence'] ? <span>{chart.statusCounts['needs-evidence']} need evidence</span> : null}
          </span>
        </>
      )}
    </SidebarList>
  );
}
