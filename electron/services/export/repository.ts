/** The exports table: one row per export written, with its verification and any override of it. */
import type { ExportFormat, VerificationReport } from '../../../shared/domain/export';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';

export interface ExportRecord {
  readonly chartId: number;
  readonly format: ExportFormat;
  readonly verification: VerificationReport;
  readonly overrideReason: string | null;
}

export function insertExport(db: Db, record: ExportRecord): number {
  const result = stmt(
    db,
    'INSERT INTO exports (chart_id, format, exported_at, verification, override_reason) VALUES (?, ?, ?, ?, ?)',
  ).run(record.chartId, record.format, nowIso(), JSON.stringify(record.verification), record.overrideReason);
  return Number(result.lastInsertRowid);
}
