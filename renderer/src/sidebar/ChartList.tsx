import type { ChartSummary, PatentSummary, ProductSummary } from '../../../shared/domain/matter';
import { chartHref, type Route } from '../app/route';
import { NewChartTrigger } from '../charts/NewChartDialog';
import { navigate } from '../hooks/useRoute';
import { countOf } from '../ui/format';
import { EmptyState } from '../ui/states';
import { SidebarList } from './SidebarList';

interface ChartListProps {
  readonly charts: readonly ChartSummary[];
  readonly patents: readonly PatentSummary[];
  readonly products: readonly ProductSummary[];
  readonly route: Route;
  readonly readOnly: boolean;
}

const chartIdOf = (route: Route) => (route.view === 'chart' || route.view === 'chart-version' || route.view === 'chart-compare' ? route.chartId : undefined);

/** The matter's charts, each opening its chart, and the way to start one. */
export function ChartList({ charts, patents, products, route, readOnly }: ChartListProps) {
  const patentNumber = new Map(patents.map((p) => [p.id, p.number]));
  const productName = new Map(products.map((p) => [p.id, p.name]));
  return (
    <>
      {charts.length === 0 ? (
        <EmptyState compact title="No charts yet">
          <p>A chart maps each limitation of a patent’s claims to evidence that an accused product meets it.</p>
        </EmptyState>
      ) : (
        <SidebarList aria-label="Charts" items={charts} textValue={(c) => c.title} onAction={(c) => navigate(chartHref(c.id))} currentId={chartIdOf(route)}>
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
      )}
      {!readOnly && (
        <NewChartTrigger className="sidebar__add" opensOnMenuCommand>
          New chart…
        </NewChartTrigger>
      )}
    </>
  );
}
