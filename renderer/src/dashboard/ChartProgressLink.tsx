import type { ChartProgress } from '../../../shared/domain/chart';
import { chartHref } from '../app/route';
import { chartStatuses, statusNames } from '../charts/status';
import '../charts/status.css';
import './ChartProgressLink.css';

/** One chart in a dashboard cell: its claims and a bar of its rows by status; opens the chart. */
export function ChartProgressLink({ chart }: { readonly chart: ChartProgress }) {
  const needing = chart.statusCounts['needs-evidence'] ?? 0;
  const done = chart.rowCount - needing;
  const summary = chartStatuses
    .filter((s) => (chart.statusCounts[s] ?? 0) > 0)
    .map((s) => `${chart.statusCounts[s]} ${statusNames[s].toLowerCase()}`)
    .join(', ');
  return (
    <a className="chart-progress" href={chartHref(chart.chartId)} title={summary}>
      <span className="chart-progress__claims">
        {chart.claimNumbers.length === 1 ? 'Claim' : 'Claims'} {chart.claimNumbers.join(', ')}
      </span>
      <span className="chart-progress__bar" aria-hidden="true">
        {chartStatuses
          .filter((s) => (chart.statusCounts[s] ?? 0) > 0)
          .map((s) => (
            <span key={s} className="chart-progress__segment" data-status={s} style={{ flexGrow: chart.statusCounts[s] }} />
          ))}
      </span>
      <span className="chart-progress__count">
        {done} of {chart.rowCount} rows charted
        <span className="visually-hidden">: {summary}</span>
      </span>
    </a>
  );
}
