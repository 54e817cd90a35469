/** The chart methods: create, read, autosave a row, cite, coverage, versions, excerpt usage, dashboard. */
import { coverageOf, nextNeedsEvidence } from '../../../shared/chart/coverage';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app-context';
import type { HandlerGroup } from '../rpc/handler-table';
import { compareWithVersion } from './comparison';
import { createChart } from './create';
import { readChartDetail } from './detail';
import { readDashboard } from './dashboard';
import { readChartSettings } from './matter-settings';
import { citeInRow, updateCell } from './row-edits';
import { readChartRow, readChartRows } from './rows';
import { readChartRecord } from './repository';
import { excerptExists, rowsCitingExcerpt } from './usage';
import { listVersions, readVersionDetail, restoreVersion, saveVersion } from './versions';

export function chartHandlers(ctx: AppContext): HandlerGroup {
  const db = () => ctx.session.current.db;
  const rowsOf = (chartId: number) => readChartRows(db(), readChartRecord(db(), chartId), readChartSettings(db()));
  /** The row as stored after a write: what the renderer shows (and re-sends for undo). */
  const rowOf = (chartId: number, limitationId: number) =>
    readChartRow(db(), readChartRecord(db(), chartId), readChartSettings(db()), limitationId);

  return {
    'chart.create': (input) => {
      const chartId = ctx.session.write((w) => createChart(w, input));
      ctx.events.publish('matter.changed', { reason: 'chart-created' });
      return readChartDetail(db(), chartId);
    },
    'chart.get': ({ chartId }) => readChartDetail(db(), chartId),
    'chart.updateCell': ({ chartId, limitationId, ...patch }) => {
      ctx.session.write((w) => updateCell(w, chartId, limitationId, patch));
      return rowOf(chartId, limitationId);
    },
    'chart.cite': ({ chartId, limitationId, excerptId, status }) => {
      ctx.session.write((w) => citeInRow(w, chartId, limitationId, excerptId, status));
      return rowOf(chartId, limitationId);
    },
    'chart.coverage': ({ chartId, afterLimitationId }) => {
      const rows = rowsOf(chartId);
      return { ...coverageOf(rows), nextNeedsEvidence: nextNeedsEvidence(rows, afterLimitationId) };
    },
    'chart.saveVersion': ({ chartId, name }) => ctx.session.write((w) => saveVersion(w, chartId, name)),
    'chart.versions': ({ chartId }) => listVersions(db(), chartId),
    'chart.version': ({ versionId }) => readVersionDetail(db(), versionId),
    'chart.compare': ({ versionId }) => compareWithVersion(db(), versionId),
    'chart.restoreVersion': ({ versionId }) => {
      const outcome = ctx.session.write((w) => restoreVersion(w, versionId));
      ctx.events.publish('matter.changed', { reason: 'chart-restored' });
      return { chart: readChartDetail(db(), outcome.savedBefore.chartId), ...outcome };
    },
    'excerpt.usage': ({ excerptId }) => {
      if (!excerptExists(db(), excerptId)) throw new AppError('not-found', `There is no excerpt with id ${excerptId} in this matter.`);
      return rowsCitingExcerpt(db(), excerptId);
    },
    'matter.dashboard': () => readDashboard(db()),
  };
}
