/** The chart routes (loaded with Slate on first use): a chart, a saved version of it, or a comparison. */
import type { MatterOverview } from '../../../shared/domain/matter';
import type { Route } from '../app/route';
import { useRpcQuery } from '../hooks/useRpcQuery';
import { ErrorState, LoadingState } from '../ui/states';
import { ChartView } from './ChartView';
import { useFreshQuery } from './useFreshQuery';
import { CompareView } from './versions/CompareView';

type ChartRoute = Extract<Route, { view: 'chart' | 'chart-version' | 'chart-compare' }>;

export default function ChartScreen({ route, overview }: { readonly route: ChartRoute; readonly overview: MatterOverview }) {
  switch (route.view) {
    case 'chart':
      return <CurrentChart key={route.chartId} chartId={route.chartId} row={route.row} overview={overview} />;
    case 'chart-version':
      return <SavedVersion key={route.versionId} versionId={route.versionId} overview={overview} />;
    case 'chart-compare':
      return <CompareView key={route.versionId} chartId={route.chartId} versionId={route.versionId} matterReadOnly={overview.matter.readOnly} />;
  }
}

function CurrentChart({ chartId, row, overview }: { readonly chartId: number; readonly row: number | undefined; readonly overview: MatterOverview }) {
  const { data: chart, error, reload } = useFreshQuery('chart.get', { chartId }, 'Could not load the chart');
  if (!chart) return error ? <ErrorState title="This chart could not be opened" error={error} onRetry={reload} /> : <LoadingState label="Opening the chart…" />;
  return <ChartView chart={chart} overview={overview} focusRow={row} />;
}

function SavedVersion({ versionId, overview }: { readonly versionId: number; readonly overview: MatterOverview }) {
  const { data: chart, error, reload } = useRpcQuery('chart.version', { versionId }, 'Could not load the version');
  if (!chart) return error ? <ErrorState title="This version could not be opened" error={error} onRetry={reload} /> : <LoadingState label="Opening the version…" />;
  return <ChartView chart={chart} overview={overview} focusRow={undefined} />;
}
