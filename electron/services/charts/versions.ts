/**
 * Named versions of a chart ("Served 2025-01-15"): a frozen snapshot of every row (label, claim text,
 * status, content, equivalents, note, cites as text), listed, opened read-only and restored.
 */
import { citedExcerptIds } from '../../../shared/chart/cell-schema';
import {
  ChartSnapshotSchema,
  type ChartDetail,
  type ChartRow,
  type ChartSnapshot,
  type ChartVersionSummary,
} from '../../../shared/domain/chart';
import { AppError } from '../../../shared/errors';
import { readJsonColumn } from '../db/json-column';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { writeCell } from './cells';
import { chartDetail, readChartHeading } from './detail';
import { loadExcerptRefs } from './excerpt-refs';
import { readChartSettings } from './matter-settings';
import { assertBindings } from './row-edits';
import { readChartRows, toChartRow } from './rows';
import { readChartRecord } from './repository';

const MAX_VERSION_NAME = 200;

function snapshotOf(title: string, rows: readonly ChartRow[]): ChartSnapshot {
  return {
    format: 1,
    title,
    rows: rows.map((r) => ({
      limitationId: r.limitationId,
      claimNumber: r.claimNumber,
      label: r.label,
      limitationKind: r.limitationKind,
      depth: r.depth,
      claimText: r.claimText,
      status: r.status,
      content: r.content,
      equivalents: r.equivalents,
      internalNote: r.internalNote,
      cites: r.evidence.map((e) => ({ excerptId: e.excerptId, cite: e.cite })),
    })),
  };
}

export function saveVersion(db: Db, chartId: number, name: string): ChartVersionSummary {
  const chart = readChartRecord(db, chartId);
  const snapshot = snapshotOf(chart.title, readChartRows(db, chart, readChartSettings(db)));
  const createdAt = nowIso();
  const trimmed = name.slice(0, MAX_VERSION_NAME);
  const id = Number(
    stmt(db, 'INSERT INTO chart_versions (chart_id, name, created_at, snapshot) VALUES (?, ?, ?, ?)').run(
      chartId,
      trimmed,
      createdAt,
      JSON.stringify(snapshot),
    ).lastInsertRowid,
  );
  return { id, chartId, name: trimmed, createdAt };
}

export function listVersions(db: Db, chartId: number): ChartVersionSummary[] {
  readChartRecord(db, chartId);
  return stmt(
    db,
    'SELECT id, chart_id AS chartId, name, created_at AS createdAt FROM chart_versions WHERE chart_id = ? ORDER BY created_at DESC, id DESC',
  ).all(chartId) as ChartVersionSummary[];
}

export function readVersion(db: Db, versionId: number): { summary: ChartVersionSummary; snapshot: ChartSnapshot } {
  const row = stmt(db, 'SELECT id, chart_id AS chartId, name, created_at AS createdAt, snapshot FROM chart_versions WHERE id = ?').get(
    versionId,
  ) as (ChartVersionSummary & { snapshot: string }) | undefined;
  if (!row) throw new AppError('not-found', `There is no chart version with id ${versionId} in this matter.`);
  const { snapshot, ...summary } = row;
  return { summary, snapshot: readJsonColumn(ChartSnapshotSchema, snapshot, 'chart_versions.snapshot') };
}

/** A version as `chart.get` shows a chart, read-only, its cites as they were frozen. */
export function readVersionDetail(db: Db, versionId: number): ChartDetail {
  const { summary, snapshot } = readVersion(db, versionId);
  const heading = readChartHeading(db, readChartRecord(db, summary.chartId));
  const excerpts = loadExcerptRefs(db, snapshot.rows.flatMap((r) => citedExcerptIds(r.content)), readChartSettings(db).citeFormat);
  const rows = snapshot.rows.map(({ cites, ...row }) =>
    toChartRow(row, { ...row, updatedAt: null }, excerpts, new Map(cites.map((c) => [c.excerptId, c.cite]))),
  );
  return chartDetail({ ...heading, title: snapshot.title }, rows, summary);
}

export interface RestoreOutcome {
  readonly savedBefore: ChartVersionSummary;
  readonly skippedRows: { limitationId: number; label: string }[];
}

/**
 * Writes the version's rows back over the chart's. The chart as it was is saved first as a version of its
 * own, so a restore is undone by restoring that. Rows added since (a split) are left as they are; rows whose
 * limitation is gone (merged away) cannot be written and are reported. Call inside one write transaction.
 */
export function restoreVersion(db: Db, versionId: number): RestoreOutcome {
  const { summary, snapshot } = readVersion(db, versionId);
  const chart = readChartRecord(db, summary.chartId);
  const current = new Map(readChartRows(db, chart, readChartSettings(db)).map((r) => [r.limitationId, r]));
  const restorable = snapshot.rows.filter((r) => current.has(r.limitationId));
  for (const row of restorable) {
    assertBindings(db, row.content, citedExcerptIds(current.get(row.limitationId)!.content), `Row ${row.label} of “${summary.name}”`);
  }
  const savedBefore = saveVersion(db, chart.id, `Before restoring “${summary.name}”`);
  for (const row of restorable) writeCell(db, chart.id, row.limitationId, row);
  return {
    savedBefore,
    skippedRows: snapshot.rows.filter((r) => !current.has(r.limitationId)).map((r) => ({ limitationId: r.limitationId, label: r.label })),
  };
}
