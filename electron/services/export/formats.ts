/** Each export format: its file extension, its media type, and the renderer that writes it from the chart. */
import type { ExportFormat } from '../../../shared/domain/export';
import { renderCsv } from './csv';
import { renderDocx } from './docx/render-docx';
import { renderHtml } from './html';
import type { PreparedFigures } from './figures';
import type { ExportChart } from './model';
import { renderPacket } from './packet/render-packet';

export interface ExportFormatSpec {
  readonly extension: string;
  readonly mediaType: string;
  /** Whether the format shows figures, so they are prepared (while the quotes are verified). */
  readonly showsFigures: boolean;
  render(chart: ExportChart, figures: PreparedFigures): Uint8Array | Promise<Uint8Array>;
}

export const exportFormatSpecs: Readonly<Record<ExportFormat, ExportFormatSpec>> = {
  docx: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', showsFigures: true, render: renderDocx },
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8', showsFigures: true, render: renderHtml },
  csv: { extension: 'csv', mediaType: 'text/csv; charset=utf-8', showsFigures: false, render: renderCsv },
  packet: { extension: 'pdf', mediaType: 'application/pdf', showsFigures: false, render: renderPacket },
};
