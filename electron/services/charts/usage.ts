/** Where an excerpt is used: the chart rows whose cells cite it. */
import type { ExcerptCitation, ExcerptUsage } from '../../../shared/domain/chart';
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
  return rowsCitingExcerpts(db, [excerptId]).map(({ excerptId: _, ...usage }) => usage);
}

/**
 * The rows citing any of `excerptIds` (one lookup for a list of excerpt cards), by chart title, then in row
 * order; each chart's rows are worked out once. Ids that are not excerpts, or not cited, have none.
 */
export function rowsCitingExcerpts(db: Db, excerptIds: readonly number[]): ExcerptCitation[] {
  if (excerptIds.length === 0) return [];
  const citing = stmt(
    db,
    `SELECT cc.excerpt_id AS excerptId, c.chart_id AS chartId, c.limitation_id AS limitationId
       FROM cell_citations cc JOIN cells c ON c.id = cc.cell_id JOIN charts ch ON ch.id = c.chart_id
      WHERE cc.excerpt_id IN (SELECT value FROM json_each(?)) ORDER BY ch.title, ch.id`,
  ).all(JSON.stringify(excerptIds)) as { excerptId: number; chartId: number; limitationId: number }[];
  if (citing.length === 0) return [];
  const settings = readChartSettings(db);
  const chartIds = [...new Set(citing.map((c) => c.chartId))];
  return chartIds.flatMap((chartId) => {
    const chart = readChartRecord(db, chartId);
    const here = citing.filter((c) => c.chartId === chartId);
    return chartLimitations(db, chart, settings).flatMap((l) =>
      here
        .filter((c) => c.limitationId === l.limitationId)
        .sort((a, b) => a.excerptId - b.excerptId)
        .map((c) => ({ excerptId: c.excerptId, chartId, chartTitle: chart.title, limitationId: l.limitationId, label: l.label })),
    );
  });
}

/** Deleted ones included: a deleted excerpt can still be cited by rows saved before its deletion. */
export function excerptExists(db: Db, excerptId: number): boolean {
  return stmt(db, 'SELECT 1 FROM excerpts WHERE id = ?').get(excerptId) !== undefined;
}
