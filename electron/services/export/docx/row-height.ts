/**
 * A rough height of a chart row as Word or LibreOffice will lay it out, in twips: enough to tell a short
 * row, which should move to the next page whole, from a long one, which must be allowed to break. Lines are
 * counted from characters at an average glyph width of half the font size; figures from their print size.
 */
import type { Block, CitationElement, FormattedText } from '../../../../shared/chart/cell-schema';
import type { PreparedFigures } from '../figures';
import type { ExportRow } from '../model';

const TWIPS_PER_POINT = 20;
const TWIPS_PER_INCH = 1440;
/** Single spacing is about 1.2 times the font size; paragraphs add some space after. */
const LINE_FACTOR = 1.2;
const PARAGRAPH_GAP_LINES = 0.5;
/** Quote blocks are indented on both sides. */
const QUOTE_INDENT_SHARE = 0.15;
const CHIP_CHARS = 'KR2280 Manual at AIVRES_0001234';

interface Measure {
  readonly fontSizePt: number;
  /** Widths inside the cell margins, in twips. */
  readonly claimWidth: number;
  readonly evidenceWidth: number;
  readonly figures: PreparedFigures;
}

function linesOf(text: string, width: number, fontSizePt: number): number {
  const charsPerLine = Math.max(1, Math.floor(width / (fontSizePt * TWIPS_PER_POINT * 0.5)));
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
}

function blockHeight(block: Block, m: Measure): number {
  const line = m.fontSizePt * TWIPS_PER_POINT * LINE_FACTOR;
  // A citation chip prints its cite: count it as a typical cite's length.
  const text = (children: readonly (FormattedText | CitationElement)[]) => children.map((c) => ('type' in c ? CHIP_CHARS : c.text)).join('');
  switch (block.type) {
    case 'paragraph':
      return (linesOf(text(block.children), m.evidenceWidth, m.fontSizePt) + PARAGRAPH_GAP_LINES) * line;
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.reduce((sum, item) => sum + (linesOf(text(item.children), m.evidenceWidth * 0.9, m.fontSizePt) + PARAGRAPH_GAP_LINES) * line, 0);
    case 'quote':
      // The words, then the cite on a line of its own.
      return (linesOf(text(block.children), m.evidenceWidth * (1 - QUOTE_INDENT_SHARE), m.fontSizePt) + 1 + PARAGRAPH_GAP_LINES) * line;
    case 'figure': {
      const figure = m.figures.get(block.excerptId);
      const image = figure ? (figure.widthInches * TWIPS_PER_INCH * figure.image.heightPx) / figure.image.widthPx : 0;
      return image + (linesOf(block.caption, m.evidenceWidth, m.fontSizePt) + PARAGRAPH_GAP_LINES) * line;
    }
  }
}

export function estimatedRowHeight(row: Pick<ExportRow, 'label' | 'claimText' | 'content'>, m: Measure): number {
  const line = m.fontSizePt * TWIPS_PER_POINT * LINE_FACTOR;
  const claim = (1 + linesOf(row.claimText, m.claimWidth, m.fontSizePt)) * line;
  const evidence = row.content.reduce((sum, block) => sum + blockHeight(block, m), 0);
  return Math.max(claim, evidence);
}
