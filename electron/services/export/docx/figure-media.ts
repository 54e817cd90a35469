/**
 * Figures go into the package after docx has packed it. docx deflates every part of the ZIP in JavaScript,
 * PNG figures included, though their data is deflated already: for a chart's sixty figures that is most of
 * the export's time, for no gain in size. So the document is packed with a tiny, distinct placeholder image
 * per figure, and each placeholder's entry is then replaced by the figure's bytes, stored.
 */
import type { PreparedFigure, PreparedFigures } from '../figures';
import { encodePng } from '../png';
import { entryBytes, readZip, storedEntry, writeZip } from '../zip';

const KEYWORD = 'claimchart-figure';
const MAX_PLACEHOLDER_BYTES = 4096;

export class FigureMedia {
  private constructor(
    private readonly figures: readonly Uint8Array[],
    private readonly placeholders: ReadonlyMap<Uint8Array, Uint8Array>,
  ) {}

  /**
   * A 1×1 PNG per figure naming it (in a tEXt chunk): distinct per figure, so docx keeps one part per
   * figure, and the same for the same figure, so a figure shown twice is stored once.
   */
  static async for(prepared: PreparedFigures): Promise<FigureMedia> {
    const figures = [...new Set([...prepared.values()].map((figure) => figure.image.bytes))];
    const pixel = { width: 1, height: 1, channels: 1, data: new Uint8Array([255]) } as const;
    const placeholders = await Promise.all(figures.map((_, index) => encodePng(pixel, { keyword: KEYWORD, text: String(index) })));
    return new FigureMedia(figures, new Map(figures.map((figure, index) => [figure, placeholders[index]!])));
  }

  placeholder(figure: PreparedFigure): Uint8Array {
    const placeholder = this.placeholders.get(figure.image.bytes);
    if (!placeholder) throw new Error('figure was not prepared for this document');
    return placeholder;
  }

  /** The packed document with each placeholder replaced by its figure. */
  insertInto(docx: Buffer): Buffer {
    if (this.figures.length === 0) return docx;
    return writeZip(
      readZip(docx).map((entry) => {
        if (!entry.name.startsWith('word/media/') || entry.size > MAX_PLACEHOLDER_BYTES) return entry;
        const index = placeholderIndex(entryBytes(entry, MAX_PLACEHOLDER_BYTES));
        return index === undefined ? entry : storedEntry(entry.name, this.figures[index]!);
      }),
    );
  }
}

/** The figure index in a placeholder's tEXt chunk, or undefined for any other image. */
function placeholderIndex(png: Buffer): number | undefined {
  for (let at = 8; at + 12 <= png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) !== 'tEXt') continue;
    const [keyword, text] = png.toString('latin1', at + 8, at + 8 + png.readUInt32BE(at)).split('\0');
    if (keyword === KEYWORD && /^\d+$/.test(text ?? '')) return Number(text);
  }
  return undefined;
}
