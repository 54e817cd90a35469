/**
 * The chart's page and table geometry in twips (1/1440 inch), for the DOCX and the HTML's print layout:
 * landscape Letter or A4 with one-inch margins, the chart's columns as shares of the text width, and the
 * printed width a figure may take.
 */
import type { ExportOptions } from '../../../shared/domain/export';

export const TWIPS_PER_INCH = 1440;
const MARGIN = TWIPS_PER_INCH;
/** Word's default left and right cell margins. */
export const CELL_MARGIN = 108;

/** Portrait width and height; the section turns them landscape. */
const PAPER: Record<ExportOptions['paper'], { width: number; height: number }> = {
  letter: { width: 12_240, height: 15_840 },
  a4: { width: 11_906, height: 16_838 },
};

export interface ChartLayout {
  readonly page: { width: number; height: number };
  readonly margin: number;
  readonly textWidth: number;
  /** Claim language, evidence, and the status column when it is exported. */
  readonly columnWidths: readonly number[];
  /** The widest a figure may print in the evidence column, in inches. */
  readonly figureWidthInches: number;
}

export function chartLayout(paper: ExportOptions['paper'], withStatus: boolean): ChartLayout {
  const page = PAPER[paper];
  const textWidth = page.height - 2 * MARGIN; // landscape: the long side is the width
  const shares = withStatus ? [0.32, 0.53, 0.15] : [0.36, 0.64];
  const columnWidths = shares.map((share) => Math.floor(textWidth * share));
  const evidence = columnWidths[1]!;
  return { page, margin: MARGIN, textWidth, columnWidths, figureWidthInches: (evidence - 2 * CELL_MARGIN) / TWIPS_PER_INCH };
}

/** A chart column's width inside its cell margins, in twips. */
export function innerWidth(layout: ChartLayout, column: number): number {
  return layout.columnWidths[column]! - 2 * CELL_MARGIN;
}

/** The widest a figure prints in this chart's evidence column, in inches. */
export function figureColumnInches(options: Pick<ExportOptions, 'paper' | 'includeStatus'>): number {
  return chartLayout(options.paper, options.includeStatus).figureWidthInches;
}
