/**
 * One export: load the chart, verify its quotes and citations, and stop there when verification fails
 * without an override; otherwise render, then record the export and write the file in one transaction
 * (a file that cannot be written leaves no record).
 */
import { basename } from 'node:path';
import { ExportOptionsSchema, type ExportRequestSchema, type ExportResult, type VerificationReport } from '../../../shared/domain/export';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app-context';
import { defaultExportPath, rememberExportFile, writeExportFile } from './export-files';
import { NO_FIGURES, prepareFigures } from './figures';
import { exportFormatSpecs } from './formats';
import { loadExportChart } from './load-chart';
import { figureColumnInches } from './page-layout';
import { insertExport } from './repository';
import { verifyChart } from './verify';

type ParsedExportRequest = z.output<typeof ExportRequestSchema>;

export function verifyChartForExport(ctx: AppContext, chartId: number): VerificationReport {
  return verifyChart(loadExportChart(ctx.session.current.db, chartId, ExportOptionsSchema.parse({})));
}

export async function runExport(ctx: AppContext, request: ParsedExportRequest): Promise<ExportResult> {
  const { db, readOnly } = ctx.session.current;
  // Every export is recorded in the matter, so say so before the work rather than after it.
  if (readOnly) throw new AppError('read-only', 'This matter is open read-only, and every export is recorded in it: open it for editing to export.');
  const chart = loadExportChart(db, request.chartId, request.options);
  const spec = exportFormatSpecs[request.format];
  // The figures are sized on the worker threads while this thread verifies the quotes.
  const preparation = spec.showsFigures ? prepareFigures(chart, figureColumnInches(request.options)) : undefined;
  let bytes: Uint8Array;
  let verification: VerificationReport;
  try {
    verification = verifyChart(chart);
    if (!verification.passed && !request.override) return { status: 'blocked', verification };
    bytes = await spec.render(chart, (await preparation?.figures) ?? NO_FIGURES);
  } finally {
    preparation?.cancel();
  }
  const overrideReason = verification.passed ? null : request.override!.reason;
  const { exportId, path } = ctx.session.write((tx) => {
    const exportId = insertExport(tx, { chartId: chart.chartId, format: request.format, verification, overrideReason });
    const path = request.outputPath ?? defaultExportPath(ctx.dataDir, chart.title, exportId, spec.extension);
    writeExportFile(path, bytes);
    return { exportId, path };
  });
  rememberExportFile(db, exportId, { path, mediaType: spec.mediaType });
  return {
    status: 'written',
    exportId,
    format: request.format,
    path,
    fileName: basename(path),
    byteSize: bytes.length,
    mediaType: spec.mediaType,
    downloadUrl: `/binary/export/${exportId}`,
    verification,
    overrideReason,
  };
}
