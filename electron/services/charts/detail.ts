/** A chart as `chart.get` answers it: heading (patent, claims, product family or references), rows, coverage. */
import { coverageOf } from '../../../shared/chart/coverage';
import type { ChartDetail, ChartRow, ChartVersionSummary } from '../../../shared/domain/chart';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { familyMembers } from '../products/repository';
import { readChartSettings } from './matter-settings';
import { readChartRows } from './rows';
import { chartReferences, readChartRecord, type ChartRecord } from './repository';

type ChartHeading = Omit<ChartDetail, 'rows' | 'coverage' | 'readOnly' | 'version'>;

export function readChartHeading(db: Db, chart: ChartRecord): ChartHeading {
  const patent = stmt(db, 'SELECT id, number, title FROM patents WHERE id = ?').get(chart.patentId) as ChartHeading['patent'];
  const claimNumbers = (
    stmt(db, 'SELECT cl.number FROM chart_claims cc JOIN claims cl ON cl.id = cc.claim_id WHERE cc.chart_id = ? ORDER BY cl.number').all(
      chart.id,
    ) as { number: number }[]
  ).map((r) => r.number);
  const family = chart.productId === null ? [] : familyMembers(db, chart.productId);
  const product = family.find((p) => p.id === chart.productId);
  return {
    id: chart.id,
    title: chart.title,
    kind: chart.kind,
    createdAt: chart.createdAt,
    updatedAt: chart.updatedAt,
    patent,
    claimNumbers,
    product: product ? { id: product.id, name: product.name } : null,
    family: family.map((p) => ({ productId: p.id, name: p.name, identityExcerptId: p.identityExcerptId })),
    references: chartReferences(db, chart.id),
  };
}

/** Heading and rows together; a saved version is shown read-only with its own rows and title. */
export function chartDetail(heading: ChartHeading, rows: ChartRow[], version: ChartVersionSummary | null = null): ChartDetail {
  return { ...heading, rows, coverage: coverageOf(rows), readOnly: version !== null, version };
}

export function readChartDetail(db: Db, chartId: number): ChartDetail {
  const chart = readChartRecord(db, chartId);
  return chartDetail(readChartHeading(db, chart), readChartRows(db, chart, readChartSettings(db)));
}
