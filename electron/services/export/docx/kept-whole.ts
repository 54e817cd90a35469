/**
 * A block of a chart cell that must not break across pages: a quote with its cite, a figure with its
 * caption, a label with its claim language. The chart's rows may break across pages, and inside a row
 * that may break, LibreOffice ignores keep-with-next, keep-lines-together and widow/orphan control, so a
 * cite line could start a page alone. What it honours there, as Word does, is a table row that may not
 * break: the block goes in a one-cell table without borders or margins whose row cannot split. A block
 * taller than a page still breaks, and loses nothing.
 */
import { LineRuleType, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType } from 'docx';

export type CellChild = Paragraph | Table;

/** `width`: the cell's width inside its margins, in twips; the table takes all of it. */
export function keptWhole(paragraphs: Paragraph[], width: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [width],
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [new TableRow({ cantSplit: true, children: [new TableCell({ children: paragraphs })] })],
  });
}

/**
 * A table cell's children, with a paragraph a point high before a kept block that opens the cell and after
 * one that closes it: a cell must end with a paragraph, and LibreOffice, splitting a row whose cell has
 * nothing it can leave on the first page, draws the block past the page's end instead of moving it.
 */
export function cellChildren(children: readonly CellChild[], style: string): CellChild[] {
  if (children.length === 0) return [new Paragraph({ style })];
  const strut = () => new Paragraph({ style, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });
  return [...(children[0] instanceof Table ? [strut()] : []), ...children, ...(children.at(-1) instanceof Table ? [strut()] : [])];
}
