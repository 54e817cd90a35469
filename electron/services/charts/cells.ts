/**
 * A chart row's stored cell: status, Slate content, equivalents and internal note, with `cell_citations`
 * kept in step with the content in the same transaction (there are no triggers). A row without a stored
 * cell (a limitation added by a split) reads as the default: needs evidence, an empty paragraph.
 */
import { citedExcerptIds, CellContentSchema, emptyCell, type CellContent } from '../../../shared/chart/cell-schema';
import { EquivalentsSchema, type Equivalents } from '../../../shared/domain/chart';
import { ChartStatusSchema, type ChartStatus } from '../../../shared/domain/matter';
import { readJsonColumn } from '../db/json-column';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { touchChart } from './repository';

export interface CellValues {
  readonly status: ChartStatus;
  readonly content: CellContent;
  readonly equivalents: Equivalents | null;
  readonly internalNote: string | null;
}

export interface StoredCell extends CellValues {
  readonly id: number;
  readonly updatedAt: string;
}

export const defaultCellValues = (): CellValues => ({ status: 'needs-evidence', content: emptyCell(), equivalents: null, internalNote: null });

interface CellRow {
  id: number;
  limitation_id: number;
  status: string;
  content: string;
  equivalents: string | null;
  internal_note: string | null;
  updated_at: string;
}

const CELL_COLUMNS = 'id, limitation_id, status, content, equivalents, internal_note, updated_at';

/** A stored cell is read through the same schemas as a save: a file from elsewhere is checked, not trusted. */
function fromRow(row: CellRow): StoredCell {
  return {
    id: row.id,
    status: readJsonColumn(ChartStatusSchema, JSON.stringify(row.status), 'cells.status'),
    content: readJsonColumn(CellContentSchema, row.content, 'cells.content'),
    equivalents: row.equivalents === null ? null : readJsonColumn(EquivalentsSchema, row.equivalents, 'cells.equivalents'),
    internalNote: row.internal_note,
    updatedAt: row.updated_at,
  };
}

/** The chart's stored cells by limitation id. */
export function readCells(db: Db, chartId: number): Map<number, StoredCell> {
  const rows = stmt(db, `SELECT ${CELL_COLUMNS} FROM cells WHERE chart_id = ?`).all(chartId) as CellRow[];
  return new Map(rows.map((row) => [row.limitation_id, fromRow(row)]));
}

export function readCell(db: Db, chartId: number, limitationId: number): StoredCell | undefined {
  const row = stmt(db, `SELECT ${CELL_COLUMNS} FROM cells WHERE chart_id = ? AND limitation_id = ?`).get(chartId, limitationId) as
    | CellRow
    | undefined;
  return row && fromRow(row);
}

/** Writes a row's cell whole (creating it if the row had none) and its citations to match its content. */
export function writeCell(db: Db, chartId: number, limitationId: number, values: CellValues): void {
  const { id: cellId } = stmt(
    db,
    `INSERT INTO cells (chart_id, limitation_id, status, content, equivalents, internal_note, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (chart_id, limitation_id) DO UPDATE SET
       status = excluded.status, content = excluded.content, equivalents = excluded.equivalents,
       internal_note = excluded.internal_note, updated_at = excluded.updated_at
     RETURNING id`,
  ).get(
    chartId,
    limitationId,
    values.status,
    JSON.stringify(values.content),
    values.equivalents === null ? null : JSON.stringify(values.equivalents),
    values.internalNote,
    nowIso(),
  ) as { id: number };
  stmt(db, 'DELETE FROM cell_citations WHERE cell_id = ?').run(cellId);
  for (const excerptId of citedExcerptIds(values.content)) {
    stmt(db, 'INSERT INTO cell_citations (cell_id, excerpt_id) VALUES (?, ?)').run(cellId, excerptId);
  }
  touchChart(db, chartId);
}

/** A default cell for each of these limitations (chart creation: every row starts as needs-evidence). */
export function insertDefaultCells(db: Db, chartId: number, limitationIds: readonly number[]): void {
  const now = nowIso();
  const content = JSON.stringify(emptyCell());
  for (const limitationId of limitationIds) {
    stmt(db, 'INSERT INTO cells (chart_id, limitation_id, content, updated_at) VALUES (?, ?, ?, ?)').run(chartId, limitationId, content, now);
  }
}
