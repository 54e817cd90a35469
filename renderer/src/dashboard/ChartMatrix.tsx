import type { Dashboard } from '../../../shared/domain/chart';
import { productHref } from '../app/route';
import { NewChartTrigger } from '../charts/NewChartDialog';
import { useFreshQuery } from '../charts/useFreshQuery';
import { ErrorState, LoadingState } from '../ui/states';
import { ChartProgressLink } from './ChartProgressLink';
import './ChartMatrix.css';

interface ChartMatrixProps {
  readonly readOnly: boolean;
  /** Patents with claims to chart; a cell of another patent offers no "New chart". */
  readonly chartablePatentIds: ReadonlySet<number>;
}

/** Families of products: each root product with the names it is also sold under. */
function familiesOf(dashboard: Dashboard) {
  return dashboard.products
    .filter((p) => p.id === p.familyId)
    .map((root) => ({ root, others: dashboard.products.filter((p) => p.familyId === root.id && p.id !== root.id) }));
}

/**
 * The matter's charting at a glance: asserted patents down, accused product families across, each cell the
 * progress of the family's charts; invalidity charts in the last column. Every chart opens from its cell.
 */
export function ChartMatrix({ readOnly, chartablePatentIds }: ChartMatrixProps) {
  const { data: dashboard, error, reload } = useFreshQuery('matter.dashboard', {}, 'Could not load the charting progress');
  if (!dashboard) return error ? <ErrorState title="The charting progress could not be loaded" error={error} onRetry={reload} /> : <LoadingState label="Loading the charts…" />;
  const families = familiesOf(dashboard);
  return (
    <div className="chart-matrix__scroller">
      <table className="chart-matrix">
        <thead>
          <tr>
            <th scope="col">Patent</th>
            {families.map(({ root, others }) => (
              <th scope="col" key={root.id}>
                <a href={productHref(root.id)}>{root.name}</a>
                {others.length > 0 && <span className="chart-matrix__aliases">≡ {others.map((o) => o.name).join(', ')}</span>}
              </th>
            ))}
            <th scope="col">Invalidity</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.patents.map((patent) => (
            <tr key={patent.id}>
              {/* Plain text: the patent table above links each patent. */}
              <th scope="row">{patent.number}</th>
              {families.map(({ root }) => {
                const charts = patent.cells.find((c) => c.productId === root.id)?.charts ?? [];
                return (
                  <td key={root.id}>
                    {charts.map((chart) => (
                      <ChartProgressLink key={chart.chartId} chart={chart} />
                    ))}
                    {charts.length === 0 && !readOnly && chartablePatentIds.has(patent.id) && (
                      <NewChartTrigger className="chart-matrix__new" patentId={patent.id} productId={root.id}>
                        <span aria-hidden="true">+ </span>New chart<span className="visually-hidden"> of {patent.number} against {root.name}</span>
                      </NewChartTrigger>
                    )}
                  </td>
                );
              })}
              <td>
                {patent.invalidity.map((chart) => (
                  <ChartProgressLink key={chart.chartId} chart={chart} />
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
