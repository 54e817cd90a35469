/**
 * The CSV export: one row per limitation, RFC 4180 (every field quoted, quotes doubled, CRLF between
 * records), with a byte-order mark so spreadsheet programs read it as UTF-8. A field a spreadsheet would
 * take for a formula (it begins with = + - @, a tab or a carriage return) is prefixed with an apostrophe.
 */
import { cellPlainText } from '../../../shared/chart/cell-schema';
import { exportedStatusText } from '../../../shared/domain/export';
import type { ExportChart } from './model';

const FORMULA_START = /^[=+\-@\t\r]/;

function neutralizeFormula(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

function csvField(field: string): string {
  return `"${neutralizeFormula(field).replace(/"/g, '""')}"`;
}

export function renderCsv(chart: ExportChart): Uint8Array {
  const { options } = chart;
  const cite = (excerptId: number) => chart.excerpts.get(excerptId)?.cite ?? '';
  const header = [
    'Claim',
    'Label',
    chart.columns.claim,
    ...(chart.columns.status ? [chart.columns.status] : []),
    chart.columns.evidence,
    ...(options.includeEquivalents ? ['Function', 'Way', 'Result'] : []),
  ];
  const records = chart.rows.map((row) => {
    const equivalents = row.status === 'equivalents' ? row.equivalents : null;
    return [
      String(row.claimNumber),
      row.label,
      row.claimText,
      ...(chart.columns.status ? [exportedStatusText[row.status]] : []),
      cellPlainText(row.content, cite),
      ...(options.includeEquivalents ? [equivalents?.function ?? '', equivalents?.way ?? '', equivalents?.result ?? ''] : []),
    ];
  });
  const text = [header, ...records].map((fields) => fields.map(csvField).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
