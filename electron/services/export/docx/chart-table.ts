/**
 * The chart as a real Word table: a header row repeated on every page, a merged heading row per claim,
 * one row per limitation (label in bold above the claim language, evidence beside it, the status when
 * exported), and a doctrine-of-equivalents row after a limitation charted under equivalents. Rows may break
 * across pages; a limitation's paragraph (label, then its words), a quote and a figure do not (kept-whole.ts),
 * and a short row moves to the next page whole (row-height.ts).
 */
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { exportedStatusText } from '../../../../shared/domain/export';
import type { Equivalents } from '../../../../shared/domain/chart';
import type { ExportChart, ExportRow } from '../model';
import type { PreparedFigures } from '../figures';
import { innerWidth, type ChartLayout } from '../page-layout';
import { textRuns } from './cell-content';
import { cellChildren, keptWhole, type CellChild } from './kept-whole';
import { estimatedRowHeight } from './row-height';
import type { StyleIds } from './styles';

/** Left indent per level of a sub-item, in twips. */
const DEPTH_INDENT = 360;
const CLAIM_ROW_SHADING = 'F2F2F2';

/**
 * A row shorter than this share of the page's text height may not break: it moves to the next page whole
 * rather than leave its claim language beside an empty evidence cell (a figure or quote that did not fit).
 * A longer row breaks between its blocks, each of which stays whole.
 */
const WHOLE_ROW_PAGE_SHARE = 0.4;

export function chartTable(
  chart: ExportChart,
  layout: ChartLayout,
  ids: StyleIds,
  evidenceParagraphs: (row: ExportRow) => CellChild[],
  figures: PreparedFigures,
): Table {
  const measure = { fontSizePt: chart.options.fontSizePt, claimWidth: innerWidth(layout, 0), evidenceWidth: innerWidth(layout, 1), figures };
  const wholeRowLimit = (layout.page.width - 2 * layout.margin) * WHOLE_ROW_PAGE_SHARE; // landscape: the short side is the height
  const headings = [chart.columns.claim, chart.columns.evidence, ...(chart.columns.status ? [chart.columns.status] : [])];
  const cell = (children: CellChild[], column: number) =>
    new TableCell({ children: cellChildren(children, ids.text), width: { size: layout.columnWidths[column]!, type: WidthType.DXA } });
  const rows = [
    new TableRow({ tableHeader: true, children: headings.map((text, column) => cell([new Paragraph({ style: ids.heading, text })], column)) }),
  ];
  let claimNumber: number | undefined;
  for (const row of chart.rows) {
    if (row.claimNumber !== claimNumber) {
      claimNumber = row.claimNumber;
      rows.push(claimHeadingRow(row.claimNumber, headings.length, layout, ids));
    }
    rows.push(
      new TableRow({
        cantSplit: estimatedRowHeight(row, measure) < wholeRowLimit,
        children: [
          cell([labelled(row, ids, layout, textRuns({ text: row.claimText }))], 0),
          cell(evidenceParagraphs(row), 1),
          ...(chart.columns.status ? [cell([new Paragraph({ style: ids.text, text: exportedStatusText[row.status] })], 2)] : []),
        ],
      }),
    );
    if (chart.options.includeEquivalents && row.status === 'equivalents' && row.equivalents) {
      rows.push(
        new TableRow({
          children: [
            cell([labelled(row, ids, layout, [new TextRun({ text: 'Doctrine of equivalents', italics: true })])], 0),
            cell(equivalentsParagraphs(row.equivalents, ids), 1),
            ...(chart.columns.status ? [cell([new Paragraph({ style: ids.text })], 2)] : []),
          ],
        }),
      );
    }
  }
  return new Table({
    rows,
    style: ids.table,
    width: { size: layout.textWidth, type: WidthType.DXA },
    columnWidths: [...layout.columnWidths],
    layout: TableLayoutType.FIXED,
  });
}

function claimHeadingRow(claimNumber: number, columnCount: number, layout: ChartLayout, ids: StyleIds): TableRow {
  return new TableRow({
    children: [
      new TableCell({
        columnSpan: columnCount,
        width: { size: layout.textWidth, type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: CLAIM_ROW_SHADING },
        children: [new Paragraph({ style: ids.heading, text: `Claim ${claimNumber}` })],
      }),
    ],
  });
}

/** The row's label in bold, then on the next line `words`, in one paragraph kept whole. */
function labelled(row: ExportRow, ids: StyleIds, layout: ChartLayout, words: TextRun[]): Table {
  const indent = row.depth > 0 ? { left: row.depth * DEPTH_INDENT } : undefined;
  const paragraph = new Paragraph({ style: ids.limitation, indent, children: [new TextRun({ text: row.label, style: ids.label }), new TextRun({ text: '', break: 1 }), ...words] });
  return keptWhole([paragraph], innerWidth(layout, 0));
}

function equivalentsParagraphs(equivalents: Equivalents, ids: StyleIds): Paragraph[] {
  const prongs = [
    ['Function', equivalents.function],
    ['Way', equivalents.way],
    ['Result', equivalents.result],
  ] as const;
  return prongs.map(
    ([prong, text]) => new Paragraph({ style: ids.text, children: [new TextRun({ text: `${prong}: `, bold: true }), new TextRun(text.trim())] }),
  );
}
