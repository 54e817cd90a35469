/**
 * Evidence to chart, generated: a text PDF whose every line's words and rectangle are known (so a quote,
 * its page text and its highlight can all be checked), and screenshot-like region images of realistic
 * weight (colour, noise and lines of "text", as a capture of a datasheet page is).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { encodePng } from '../../../electron/services/export/png';
import type { Rect } from '../../../shared/domain/document';

export interface PdfLine {
  readonly text: string;
  /** [x1, y1, x2, y2] from the page's lower-left corner. */
  readonly rect: Rect;
}

export interface EvidencePdf {
  readonly bytes: Uint8Array;
  readonly pages: readonly { readonly width: number; readonly height: number; readonly text: string; readonly lines: readonly PdfLine[] }[];
}

const PAGE = { width: 612, height: 792 };
const FONT_SIZE = 10;
const LINE_HEIGHT = 14;
const LEFT = 72;
const TOP = 720;

const SUBJECTS = ['The baseboard management controller', 'Each power supply unit', 'The management network interface', 'The chassis firmware', 'A sensor on the system board', 'The Redfish service', 'The fan controller', 'The node manager'];
const VERBS = ['reports', 'measures', 'collects', 'forwards', 'records', 'exposes', 'polls', 'aggregates'];
const OBJECTS = ['the input power in watts', 'the current power consumption', 'an alarm when a threshold is crossed', 'the inventory of discovered devices', 'power readings at fixed intervals', 'the nominal power rating', 'a management request from the console', 'the average consumption over time'];
const TAILS = ['to the management console.', 'for each node in the rack.', 'over the dedicated management port.', 'through the IPMI interface.', 'using SNMP queries.', 'as described in Table 3.', 'without interrupting the host.', 'to the data center manager.'];

/** A line of plausible documentation, different for every (page, line). */
export function sentence(page: number, line: number): string {
  const h = (Math.imul(page, 2654435761) + Math.imul(line, 40503)) >>> 0;
  return `${SUBJECTS[h % 8]} ${VERBS[(h >>> 3) % 8]} ${OBJECTS[(h >>> 6) % 8]} ${TAILS[(h >>> 9) % 8]} (${page}.${line})`;
}

/**
 * `pageCount` pages of `linesPerPage` lines; `lineText(page, line)` may override a line (1-based page).
 * Page text is the lines joined by line breaks, as a text extractor reads them.
 */
export async function makeEvidencePdf(
  pageCount: number,
  linesPerPage: number,
  lineText: (page: number, line: number) => string = sentence,
): Promise<EvidencePdf> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const ascent = font.heightAtSize(FONT_SIZE, { descender: false });
  const descent = font.heightAtSize(FONT_SIZE) - ascent;
  const pages = [];
  for (let p = 1; p <= pageCount; p++) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const lines: PdfLine[] = [];
    for (let l = 0; l < linesPerPage; l++) {
      const text = lineText(p, l);
      const y = TOP - l * LINE_HEIGHT;
      page.drawText(text, { x: LEFT, y, size: FONT_SIZE, font });
      const width = font.widthOfTextAtSize(text, FONT_SIZE);
      lines.push({ text, rect: [LEFT, y - descent, LEFT + width, y + ascent] });
    }
    pages.push({ ...PAGE, text: lines.map((l) => l.text).join('\n'), lines });
  }
  return { bytes: await pdf.save(), pages };
}

/**
 * A PNG that weighs what a screen capture of a datasheet does: a tinted gradient with sensor noise, and
 * dark bars where lines of text would be. Deterministic in `seed`.
 */
export function syntheticScreenshot(width: number, height: number, seed: number): Promise<Uint8Array> {
  const data = new Uint8Array(width * height * 3);
  const random = mulberry32(seed);
  for (let y = 0; y < height; y++) {
    const textLine = y % 40 >= 26 && y % 40 < 36 && y > 60;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const inText = textLine && x > 80 && x < width - 120 && (x + seed * 13) % 90 < 78;
      const base = inText ? 40 : 190 + Math.round((50 * x) / width);
      const noise = () => Math.floor(random() * 12);
      data[i] = base - noise();
      data[i + 1] = base - ((seed * 17) % 40) - noise();
      data[i + 2] = base - Math.round((30 * y) / height) - noise();
    }
  }
  return encodePng({ width, height, channels: 3, data });
}

/** A small seeded generator with the statistics of sensor noise (what a camera or a scaled render adds). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
