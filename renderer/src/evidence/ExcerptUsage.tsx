import type { ChartRow, ExcerptUsage as Usage } from '../../../shared/domain/chart';
import { chartHref } from '../app/route';
import { useRpcQuery } from '../hooks/useRpcQuery';
import './ExcerptUsage.css';

interface ExcerptUsageProps {
  readonly excerptId: number;
  readonly chartId: number;
  /** The rows of the open chart citing it (live, before the matter is asked). */
  readonly rowsHere: readonly ChartRow[];
}

/** "Cited in [1a], [1c] · 1 row of another chart", each a link to the row. */
export function ExcerptUsage({ excerptId, chartId, rowsHere }: ExcerptUsageProps) {
  const { data: usage } = useRpcQuery('excerpt.usage', { excerptId }, 'Could not find where the excerpt is cited');
  const elsewhere = usage?.filter((u) => u.chartId !== chartId) ?? [];
  if (rowsHere.length === 0 && elsewhere.length === 0) return <p className="excerpt-usage excerpt-usage--none">Not cited yet</p>;
  return (
    <p className="excerpt-usage">
      Cited in{' '}
      {rowsHere.map((row, i) => (
        <span key={row.limitationId}>
          {i > 0 && ', '}
          <a href={chartHref(chartId, row.limitationId)}>{row.label}</a>
        </span>
      ))}
      {elsewhere.length > 0 && (
        <span className="excerpt-usage__elsewhere">
          {rowsHere.length > 0 && ' · '}
          <RowLinks usage={elsewhere} />{' '}
          of {new Set(elsewhere.map((u) => u.chartId)).size === 1 ? `“${elsewhere[0]!.chartTitle}”` : 'other charts'}
        </span>
      )}
    </p>
  );
}

/**
 * Outside a chart (the viewer's excerpts, the matter's excerpt list): every row citing the excerpt, chart by
 * chart, "Cited in [1a], [1c] of “Chart A” · [2] of “Chart B”". Nothing while the usage is not known yet.
 */
export function ExcerptUsageInCharts({ usage }: { readonly usage: readonly Usage[] | undefined }) {
  if (!usage) return null;
  if (usage.length === 0) return <p className="excerpt-usage excerpt-usage--none">Not cited yet</p>;
  const charts = new Map<number, Usage[]>();
  for (const u of usage) charts.set(u.chartId, [...(charts.get(u.chartId) ?? []), u]);
  return (
    <p className="excerpt-usage">
      Cited in{' '}
      {[...charts.values()].map((rows, i) => (
        <span key={rows[0]!.chartId}>
          {i > 0 && ' · '}
          <RowLinks usage={rows} /> of “{rows[0]!.chartTitle}”
        </span>
      ))}
    </p>
  );
}

function RowLinks({ usage }: { readonly usage: readonly Usage[] }) {
  return usage.map((u, i) => (
    <span key={`${u.chartId}-${u.limitationId}`}>
      {i > 0 && ', '}
      <a href={chartHref(u.chartId, u.limitationId)} title={u.chartTitle}>
        {u.label}
      </a>
    </span>
  ));
}
