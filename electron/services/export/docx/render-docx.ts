/**
 * The DOCX export: landscape pages with one-inch margins, the caption block, the chart table, the index of
 * exhibits, the confidentiality designation in every page's header and "Page X of Y" in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
} from 'docx';
import type { PreparedFigures } from '../figures';
import type { ExportChart } from '../model';
import { cellParagraphs, LIST_REFERENCES } from './cell-content';
import { chartTable } from './chart-table';
import { chartLayout, innerWidth, type ChartLayout } from '../page-layout';
import { FigureMedia } from './figure-media';
import { chartStyleSheet, type StyleIds } from './styles';
import { readTemplateStyles } from './template';

const HEADER_DISTANCE = 720;

export async function renderDocx(chart: ExportChart, figures: PreparedFigures): Promise<Uint8Array> {
  const { options } = chart;
  const layout = chartLayout(options.paper, chart.columns.status !== null);
  const sheet = chartStyleSheet(options, options.templatePath ? readTemplateStyles(options.templatePath) : undefined);
  const { ids } = sheet;
  const media = await FigureMedia.for(figures);
  let listInstance = 0;
  const table = chartTable(chart, layout, ids, (row) =>
    cellParagraphs(row.content, { ids, excerpts: chart.excerpts, figures, media, width: innerWidth(layout, 1), nextListInstance: () => ++listInstance }),
    figures,
  );
  const document = new Document({
    creator: 'ClaimChart',
    title: `${chart.caption.exhibitLabel} — ${chart.caption.title}`,
    externalStyles: sheet.externalStyles,
    styles: { paragraphStyles: sheet.paragraphStyles, characterStyles: sheet.characterStyles },
    numbering: {
      config: [
        { reference: LIST_REFERENCES.bulleted, levels: [listLevel(LevelFormat.BULLET, '•')] },
        { reference: LIST_REFERENCES.numbered, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...layout.page, orientation: PageOrientation.LANDSCAPE },
            margin: { top: layout.margin, bottom: layout.margin, left: layout.margin, right: layout.margin, header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
          },
        },
        headers: { default: new Header({ children: chart.designation ? [new Paragraph({ style: ids.heading, alignment: AlignmentType.RIGHT, text: chart.designation })] : [] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: ids.text,
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          ...captionParagraphs(chart, ids),
          table,
          ...(options.includeExhibitIndex && chart.documents.length > 0 ? exhibitIndex(chart, layout, ids) : []),
        ],
      },
    ],
  });
  return media.insertInto(await Packer.toBuffer(document));
}

function listLevel(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions {
  return { level: 0, format, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } };
}

function captionParagraphs(chart: ExportChart, ids: StyleIds): Paragraph[] {
  const { caption } = chart;
  const line = (text: string) => new Paragraph({ style: ids.caption, text });
  return [
    ...(caption.court ? [line(caption.court)] : []),
    line(caption.caseName),
    ...(caption.caseNumber ? [line(`Case No. ${caption.caseNumber}`)] : []),
    new Paragraph({ style: ids.caption }),
    new Paragraph({ style: ids.title, text: caption.exhibitLabel }),
    new Paragraph({ style: ids.title, text: caption.title }),
    ...(caption.familyMembers.length > 0 ? [line(`Product family: also sold as ${caption.familyMembers.join(', ')}`)] : []),
    new Paragraph({ style: ids.caption }),
  ];
}

function exhibitIndex(chart: ExportChart, layout: ChartLayout, ids: StyleIds): (Paragraph | Table)[] {
  const shares = [0.14, 0.46, 0.22, 0.18];
  const widths = shares.map((share) => Math.floor(layout.textWidth * share));
  const row = (texts: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      children: texts.map(
        (text, i) =>
          new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children: [new Paragraph({ style: header ? ids.heading : ids.text, text })] }),
      ),
    });
  return [
    new Paragraph({ style: ids.title, pageBreakBefore: true, text: 'Index of Exhibits' }),
    new Table({
      style: ids.table,
      width: { size: layout.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        row(['Exhibit', 'Document', 'Bates range', 'Designation'], true),
        ...chart.documents.map((d) => row([d.exhibit, d.title, d.batesRange ?? '—', d.confidentiality ?? '—'])),
      ],
    }),
  ];
}
