/**
 * The figures of a chart as they print: each region image sized for the evidence column, prepared once per
 * export however many cells show it, several at a time on the figure workers.
 */
import { startFigurePreparer } from './figure-workers';
import type { ExportChart, ExportExcerpt } from './model';
import type { PrintImage } from './print-image';

const POINTS_PER_INCH = 72;

export interface PreparedFigure {
  readonly image: PrintImage;
  readonly widthInches: number;
}

/** By excerpt id: every region excerpt a figure block shows. */
export type PreparedFigures = ReadonlyMap<number, PreparedFigure>;

export interface FigurePreparation {
  readonly figures: Promise<PreparedFigures>;
  /** Stops the workers (a blocked export needs no figures); a no-op once the figures are ready. */
  cancel(): void;
}

export const NO_FIGURES: PreparedFigures = new Map();

/** Starts sizing every figure the chart shows for a column `columnWidthInches` wide. */
export function prepareFigures(
  chart: Pick<ExportChart, 'rows' | 'excerpts' | 'image'>,
  columnWidthInches: number,
  preparer = startFigurePreparer(),
): FigurePreparation {
  const shown = new Set(chart.rows.flatMap((row) => row.content.flatMap((block) => (block.type === 'figure' ? [block.excerptId] : []))));
  const queue = [...shown].flatMap((id) => {
    const excerpt = chart.excerpts.get(id);
    return excerpt?.imageSha256 ? [{ excerpt, sha256: excerpt.imageSha256 }] : [];
  });
  const byImage = new Map<string, Promise<PreparedFigure>>();
  const prepared = new Map<number, PreparedFigure>();
  const lane = async () => {
    // Images are read from the matter as a lane takes them, so only a few are in memory at once.
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { excerpt, sha256 } = next;
      const widthInches = Math.min(columnWidthInches, printedWidthInches(excerpt) ?? columnWidthInches);
      const key = `${sha256}@${widthInches}`;
      let figure = byImage.get(key);
      if (!figure) {
        figure = preparer.prepare(chart.image(sha256), widthInches).then((image) => ({ image, widthInches }));
        byImage.set(key, figure);
      }
      prepared.set(excerpt.id, await figure);
    }
  };
  const figures = Promise.all(Array.from({ length: preparer.parallelism }, lane))
    .finally(() => preparer.close())
    .then(() => prepared);
  figures.catch(() => undefined); // after a cancel nobody waits for the figures: their refusal is expected
  return {
    figures,
    cancel: () => {
      queue.length = 0;
      void preparer.close();
    },
  };
}

/** A region prints no wider than it was on its page, so a small detail is not blown up to the column's width. */
function printedWidthInches(excerpt: ExportExcerpt): number | undefined {
  const rect = excerpt.rects[0];
  return rect ? (rect[2] - rect[0]) / POINTS_PER_INCH : undefined;
}
