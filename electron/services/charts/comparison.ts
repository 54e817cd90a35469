/** A saved version compared with the chart as it is now. */
import { compareRows } from '../../../shared/chart/compare-rows';
import type { ChartComparison } from '../../../shared/domain/chart';
import type { Db } from '../db/open';
import { readChartSettings } from './matter-settings';
import { readChartRows } from './rows';
import { readChartRecord } from './repository';
import { readVersion } from './versions';

export function compareWithVersion(db: Db, versionId: number): ChartComparison {
  const { summary, snapshot } = readVersion(db, versionId);
  const now = readChartRows(db, readChartRecord(db, summary.chartId), readChartSettings(db));
  return { chartId: summary.chartId, version: summary, ...compareRows(snapshot.rows, now) };
}
