import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

// Prints a patent the way the USPTO does: a front page of bracketed fields, then text pages of two columns with the
// patent number and column numbers as a running header, line numbers every fifth line in the gutter, and words
// hyphenated at line ends, both by the typesetter ("consump-" / "tion") and at their own hyphen ("management-" /
// "addressable").

const FONT_SIZE = 9;
const LEADING = 11.5;
const TOP = 730;
const BOTTOM = 60;
const COLUMNS = [
  { x: 54, width: 228 },
  { x: 330, width: 228 },
];
const GUTTER_CENTER = 306;
const INDENT = 12;

export interface PatentPdfSpec {
  number: string;
  frontPage: string[][]; // rows of [left column text, right column text]
  description: string[];
  claims: string[];
}

export interface PrintedPatent {
  bytes: Uint8Array;
  /** Words split by the typesetter, "consump-tion", and words split at their own hyphen, "management-addressable". */
  typesetterSplits: string[];
  ownHyphenSplits: string[];
}

interface PrintedLine {
  text: string;
  indent: boolean;
}

export async function printPatent(spec: PatentPdfSpec): Promise<PrintedPatent> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const front = pdf.addPage([612, 792]);
  spec.frontPage.forEach(([left, right], row) => {
    const y = 740 - row * 14;
    if (left) front.drawText(left, { x: COLUMNS[0]!.x, y, size: FONT_SIZE, font });
    if (right) front.drawText(right, { x: COLUMNS[1]!.x, y, size: FONT_SIZE, font });
  });

  const typesetterSplits: string[] = [];
  const ownHyphenSplits: string[] = [];
  const paragraphs = [...spec.description, 'What is claimed is:', ...spec.claims, '* * * * *'];
  const lines = paragraphs.flatMap((p) => wrap(p, font, typesetterSplits, ownHyphenSplits));
  const rowsPerColumn = Math.floor((TOP - BOTTOM) / LEADING) + 1;
  for (let start = 0, sheet = 0; start < lines.length; start += 2 * rowsPerColumn, sheet++) {
    const page = pdf.addPage([612, 792]);
    drawRunningHeader(page, font, spec.number, sheet);
    const onPage = lines.slice(start, start + 2 * rowsPerColumn);
    onPage.forEach((line, i) => {
      const column = COLUMNS[Math.floor(i / rowsPerColumn)]!;
      const row = i % rowsPerColumn;
      page.drawText(line.text, { x: column.x + (line.indent ? INDENT : 0), y: TOP - row * LEADING, size: FONT_SIZE, font });
    });
    for (let row = 4; row < Math.min(rowsPerColumn, onPage.length); row += 5) {
      const label = String(row + 1);
      page.drawText(label, { x: GUTTER_CENTER - font.widthOfTextAtSize(label, 7) / 2, y: TOP - row * LEADING, size: 7, font });
    }
  }
  return { bytes: await pdf.save(), typesetterSplits, ownHyphenSplits };
}

function drawRunningHeader(page: PDFPage, font: PDFFont, number: string, sheet: number): void {
  const size = 10;
  page.drawText(number, { x: GUTTER_CENTER - font.widthOfTextAtSize(number, size) / 2, y: 760, size, font });
  COLUMNS.forEach((column, i) => {
    const label = String(2 * sheet + i + 1);
    page.drawText(label, { x: column.x + column.width / 2, y: 760, size, font });
  });
}

function wrap(paragraph: string, font: PDFFont, typesetterSplits: string[], ownHyphenSplits: string[]): PrintedLine[] {
  const fits = (text: string, indent: boolean) =>
    font.widthOfTextAtSize(text, FONT_SIZE) <= COLUMNS[0]!.width - (indent ? INDENT : 0);
  const lines: PrintedLine[] = [];
  let current = '';
  const words = paragraph.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const indent = lines.length === 0;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate, indent)) {
      current = candidate;
      continue;
    }
    const split = splitToFit(word, (head) => fits(current ? `${current} ${head}` : head, indent));
    if (split) {
      (split.own ? ownHyphenSplits : typesetterSplits).push(word);
      lines.push({ text: current ? `${current} ${split.head}` : split.head, indent });
      current = split.tail;
    } else {
      lines.push({ text: current, indent });
      current = word;
    }
  }
  lines.push({ text: current, indent: lines.length === 0 });
  return lines;
}

/** Breaks at the word's own hyphen when the head fits, else hyphenates a long word, keeping three letters each side. */
function splitToFit(word: string, fits: (head: string) => boolean): { head: string; tail: string; own: boolean } | null {
  const own = word.lastIndexOf('-', word.length - 2);
  if (own > 0 && fits(word.slice(0, own + 1))) return { head: word.slice(0, own + 1), tail: word.slice(own + 1), own: true };
  if (!/^[a-z]{8,}[,.;:]?$/.test(word)) return null;
  for (let cut = word.replace(/[,.;:]$/, '').length - 3; cut >= 4; cut--) {
    const head = `${word.slice(0, cut)}-`;
    if (fits(head)) return { head, tail: word.slice(cut), own: false };
  }
  return null;
}
