/** Where an excerpt is used: the chart rows whose cells cite it. */
import type { ExcerptUsage } from '../../../shared/domain/chart';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { readChartSettings } from './matter-settings';
import { chartLimitations } from './rows';
import { readChartRecord } from './repository';

/**
 * The rows citing `excerptId`, by chart title, then in row order. Deleting a cited excerpt should be refused
 * unless the user confirms after seeing these.
 */
export function rowsCitingExcerpt(db: Db, excerptId: number): ExcerptUsage[] {
  const citing = stmt(
    db,
    `SELECT c.chart_id AS chartId, c.limitation_id AS limitationId
       FROM cell_citations cc JOIN cells c ON c.id = cc.cell_id JOIN charts ch ON ch.id = c.chart_id
      WHERE cc.excerpt_id = ? ORDER BY ch.title, ch.id`,
  ).all(excerptId) as { chartId: number; limitationId: number }[];
  if (citing.length === 0) return [];
  const settings = readChartSettings(db);
  const chartIds = [...new Set(citing.map((c) => c.chartId))];
  return chartIds.flatMap((chartId) => {
    const chart = readChartRecord(db, chartId);
    const cited = new Set(citing.filter((c) => c.chartId === chartId).map((c) => c.limitationId));
    return chartLimitations(db, chart, settings)
      .filter((l) => cited.has(l.limitationId))
      .map((l) => ({ chartId, chartTitle: chart.title, limitationId: l.limitationId, label: l.label }));
  });
}

/** Deleted ones included: a deleted excerpt can still be cited by rows saved before its deletion. */
export function excerptExists(db: Db, excerptId: number): boolean {
  return stmt(db, 'SELECT 1 FROM excerpts WHERE id = ?').get(excerptId) !== undefined;
}
