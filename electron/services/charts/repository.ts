/** The chart records themselves: the chart row, its asserted claims and its prior-art references. */
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';

export interface ChartRecord {
  readonly id: number;
  readonly title: string;
  readonly kind: 'infringement' | 'invalidity';
  readonly patentId: number;
  readonly productId: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function readChartRecord(db: Db, chartId: number): ChartRecord {
  const row = stmt(
    db,
    `SELECT id, title, kind, patent_id AS patentId, product_id AS productId, created_at AS createdAt, updated_at AS updatedAt
       FROM charts WHERE id = ?`,
  ).get(chartId) as ChartRecord | undefined;
  if (!row) throw new AppError('not-found', `There is no chart with id ${chartId} in this matter.`);
  return row;
}

/** The asserted claims' ids, in claim-number order. */
export function assertedClaimIds(db: Db, chartId: number): number[] {
  const rows = stmt(
    db,
    'SELECT cl.id FROM chart_claims cc JOIN claims cl ON cl.id = cc.claim_id WHERE cc.chart_id = ? ORDER BY cl.number',
  ).all(chartId) as { id: number }[];
  return rows.map((r) => r.id);
}

export interface ChartReference {
  readonly documentId: number;
  readonly shortName: string;
  readonly title: string;
}

export function chartReferences(db: Db, chartId: number): ChartReference[] {
  return stmt(
    db,
    `SELECT d.id AS documentId, d.short_name AS shortName, d.title
       FROM chart_references r JOIN documents d ON d.id = r.document_id
      WHERE r.chart_id = ? ORDER BY d.short_name`,
  ).all(chartId) as ChartReference[];
}

export interface NewChart {
  readonly title: string;
  readonly kind: 'infringement' | 'invalidity';
  readonly patentId: number;
  readonly productId: number | null;
  readonly claimIds: readonly number[];
  readonly referenceIds: readonly number[];
}

export function insertChart(db: Db, chart: NewChart): number {
  const now = nowIso();
  const chartId = Number(
    stmt(db, 'INSERT INTO charts (patent_id, kind, product_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      chart.patentId,
      chart.kind,
      chart.productId,
      chart.title,
      now,
      now,
    ).lastInsertRowid,
  );
  for (const claimId of chart.claimIds) stmt(db, 'INSERT INTO chart_claims (chart_id, claim_id) VALUES (?, ?)').run(chartId, claimId);
  for (const documentId of chart.referenceIds) {
    stmt(db, 'INSERT INTO chart_references (chart_id, document_id) VALUES (?, ?)').run(chartId, documentId);
  }
  return chartId;
}

/** Marks the chart as changed now (any write to one of its rows). */
export function touchChart(db: Db, chartId: number): void {
  stmt(db, 'UPDATE charts SET updated_at = ? WHERE id = ?').run(nowIso(), chartId);
}
