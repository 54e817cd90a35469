import { collapseSpaces } from './clean';
import { normalizePatentNumber } from './patent-number';
import { ClaimImportError, type ClaimWarning, type ParsedClaim, type PatentBiblio } from './types';

// Reads a patent PDF's text layer, given as positioned text items per page (PDF user space: y grows upwards), the way
// a person reads the printed patent: running headers, column numbers and the gutter's line numbers (5, 10, 15…) are
// not text; a two-column page is read column by column; a word hyphenated at a line end is put back together.
// Returns the claims as one paragraph per claim, for parseClaimsText, and the front page's bibliographic data.

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

export interface PatentPdfText {
  claimsText: string;
  patent: PatentBiblio | null;
  warnings: ClaimWarning[];
  /** The words joined at a line end on a guess, which `warnings` reports as a whole. */
  hyphenationGuesses: HyphenationGuess[];
}

/** "flux-" + "capacitor" at a line end read as "fluxcapacitor", with nothing else in the PDF to say which it is. */
export interface HyphenationGuess {
  hyphenated: string;
  joined: string;
}

interface Line {
  text: string;
  page: number;
}

interface Row {
  y: number;
  items: PdfTextItem[];
}

const HEADER_TOKENS =
  /(?:US|U\.S\.)\s*(?:Pat(?:ent)?\.?\s*(?:No\.?\s*)?)?(?:RE|D|PP)?\s*\d{1,3}(?:,\d{3}){2}\s*[A-Z]\d?\b|US\s*\d{4}\/\d{7}\s*A\d\b|U\.S\.\s*Patent\b|Sheet\s+\d+\s+of\s+\d+|Page\s+\d+(?:\s+of\s+\d+)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}|\b\d{1,3}\b/g;
const PATENT_NUMBER = /\bUS\s*(?:RE|D|PP)?\s*\d{1,3}(?:,\d{3}){2}\s*[A-Z]\d?\b|\bUS\s*\d{4}\/\d{7}\s*A\d\b/;
const CLAIMS_HEADING =
  /^(?:what\s+is\s+claimed\s+is|what\s+is\s+claimed|what\s+(?:i|we)\s+claim\s+is|(?:i|we)\s+claim|the\s+invention\s+claimed\s+is|it\s+is\s+claimed|claims)\s*:?\s*/i;
const FIRST_CLAIM = /^(?:claim\s+)?1\s*\.\s+[A-Z(]/i;
const END_OF_DOCUMENT_MARK = /^(?:\*\s*){3,}$/;
const INID_CODE = /^\(\d{2}\)/; // the bracketed field codes of a front page: (54) title, (22) filed…
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;

/** The page's horizontal extent; without it the extent of the page's text stands in, which is off on a page whose
 * right column is empty. */
export interface PdfPageBounds {
  left: number;
  right: number;
}

export function readPatentPdfText(
  pages: readonly (readonly PdfTextItem[])[],
  options: { pageBounds?: readonly PdfPageBounds[] } = {},
): PatentPdfText {
  if (!pages.some((items) => items.some((item) => item.str.trim()))) {
    throw new ClaimImportError(
      'pdf-no-text',
      'This PDF has no text layer (a scan?): paste the claims or import the USPTO XML instead.',
    );
  }
  const headers: string[] = [];
  const lines = pages.flatMap((items, page) => readPage(items, page, options.pageBounds?.[page], headers));
  const hyphenation = new Hyphenation(lines.map((l) => l.text).join(' '));
  const claimsText = claimParagraphs(lines, hyphenation);
  const patent = frontPage(lines.filter((l) => l.page === 0), headers, hyphenation);
  const warning = hyphenationWarning(hyphenation.guesses);
  return { claimsText, patent, warnings: warning ? [warning] : [], hyphenationGuesses: [...hyphenation.guesses] };
}

export function hyphenationWarning(guesses: readonly HyphenationGuess[]): ClaimWarning | null {
  if (!guesses.length) return null;
  const listed = guesses.map((g) => `“${g.hyphenated}” → “${g.joined}”`).join(', ');
  return {
    code: 'hyphenation-guessed',
    message: `Joined words hyphenated at line ends without other evidence in the PDF: ${listed}. Check them against the PDF.`,
  };
}

/**
 * Tells each claim about the guessed joins in its own text; returns the guesses found in no claim (the front page's).
 */
export function placeHyphenationGuesses(
  claims: readonly ParsedClaim[],
  guesses: readonly HyphenationGuess[],
): HyphenationGuess[] {
  const inClaim = (claim: ParsedClaim, guess: HyphenationGuess) =>
    new RegExp(`(?<![A-Za-z])${guess.joined}(?![A-Za-z])`).test(claim.text);
  for (const claim of claims) {
    const warning = hyphenationWarning(guesses.filter((guess) => inClaim(claim, guess)));
    if (warning) claim.warnings.push(warning);
  }
  return guesses.filter((guess) => !claims.some((claim) => inClaim(claim, guess)));
}

// --- page layout ---

function readPage(pageItems: readonly PdfTextItem[], page: number, bounds: PdfPageBounds | undefined, headers: string[]): Line[] {
  const items = pageItems.filter((item) => item.str.trim());
  if (!items.length) return [];
  const left = bounds?.left ?? Math.min(...items.map((i) => i.x));
  const right = bounds?.right ?? Math.max(...items.map((i) => i.x + i.width));
  const center = (left + right) / 2;
  const gutter = 0.04 * (right - left);
  const isLineNumber = (item: PdfTextItem) =>
    /^\d{1,2}$/.test(item.str.trim()) && Number(item.str) % 5 === 0 && Math.abs(item.x + item.width / 2 - center) <= gutter;
  const rows = dropRunningHeaders(groupRows(items.filter((item) => !isLineNumber(item))), headers);

  // Rows that cross the middle are read whole; runs of rows that do not form two columns, read left then right.
  const lines: Line[] = [];
  let columnRun: Row[] = [];
  const flushColumns = () => {
    for (const side of [(i: PdfTextItem) => i.x + i.width / 2 < center, (i: PdfTextItem) => i.x + i.width / 2 >= center]) {
      for (const row of columnRun) {
        const text = joinItems(row.items.filter(side));
        if (text) lines.push({ text, page });
      }
    }
    columnRun = [];
  };
  const crossesMiddle = (item: PdfTextItem) => item.x < center - gutter / 4 && item.x + item.width > center + gutter / 4;
  for (const row of rows) {
    if (row.items.some(crossesMiddle)) {
      flushColumns();
      lines.push({ text: joinItems(row.items), page });
    } else columnRun.push(row);
  }
  flushColumns();
  return lines;
}

function groupRows(items: readonly PdfTextItem[]): Row[] {
  const rows: Row[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows[rows.length - 1];
    const tolerance = Math.max(1, 0.4 * item.fontSize);
    if (row && Math.abs(row.y - item.y) <= tolerance) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  return rows;
}

/** The top two rows and the bottom row are dropped when they hold only a patent number, dates, "Sheet n of m" or numbers. */
function dropRunningHeaders(rows: Row[], headers: string[]): Row[] {
  const isHeader = (row: Row | undefined) => {
    const text = row ? joinItems(row.items) : '';
    return Boolean(text) && !text.replace(HEADER_TOKENS, '').replace(/[\s-]/g, '');
  };
  const candidates = new Set([rows[0], rows[1], rows[rows.length - 1]].filter(isHeader));
  for (const row of candidates) if (row) headers.push(joinItems(row.items));
  return rows.filter((row) => !candidates.has(row));
}

function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const gap = previous ? item.x - (previous.x + previous.width) : 0;
    const spaced = !previous || /\s$/.test(text) || /^\s/.test(item.str) || gap <= 0.15 * item.fontSize;
    text += spaced ? item.str : ` ${item.str}`;
    previous = item;
  }
  return collapseSpaces(text);
}

// --- claims ---

function claimParagraphs(lines: readonly Line[], hyphenation: Hyphenation): string {
  const start = claimsStart(lines);
  if (!start) {
    throw new ClaimImportError(
      'no-claims',
      'No claims section (“What is claimed is:”, “I claim:”, “Claims”…) followed by claim 1 was found in this PDF: paste the claims or import the USPTO XML instead.',
    );
  }
  const paragraphs: string[] = [];
  let expected = 1;
  for (const line of [start.firstLine, ...lines.slice(start.index + 1).map((l) => l.text)]) {
    if (END_OF_DOCUMENT_MARK.test(line)) break;
    const number = /^(?:claim\s+)?(\d{1,3})\s*\.\s+[A-Z(]/i.exec(line)?.[1];
    const current = paragraphs.length - 1;
    if (number !== undefined && Number(number) >= expected && Number(number) < expected + 5) {
      paragraphs.push(line);
      expected = Number(number) + 1;
    } else if (current >= 0) paragraphs[current] = hyphenation.join(paragraphs[current] ?? '', line);
  }
  return paragraphs.join('\n');
}

/** The first claims heading that claim 1 follows, on the same line or a later one. */
function claimsStart(lines: readonly Line[]): { index: number; firstLine: string } | null {
  for (const [index, line] of lines.entries()) {
    const heading = CLAIMS_HEADING.exec(line.text);
    if (!heading) continue;
    const rest = line.text.slice(heading[0].length);
    if (FIRST_CLAIM.test(rest)) return { index, firstLine: rest };
    const next = lines[index + 1];
    if (!rest && next && FIRST_CLAIM.test(next.text)) return { index: index + 1, firstLine: next.text };
  }
  return null;
}

/**
 * Joins a word split at a line end ("consump-" + "tion"). The document itself decides whether the hyphen was the
 * typesetter's or the word's own ("management-addressable"); without evidence the hyphen goes, and the guess is
 * reported so the user can check it.
 */
class Hyphenation {
  readonly guesses: HyphenationGuess[] = [];

  constructor(private readonly documentText: string) {}

  join(before: string, after: string): string {
    const left = /([A-Za-z]+)-$/.exec(before)?.[1];
    const right = /^([a-z]+)/.exec(after)?.[1];
    if (!left || !right) return `${before} ${after}`;
    const appears = (word: string) => new RegExp(`(?<![A-Za-z-])${word}(?![A-Za-z])`, 'i').test(this.documentText);
    if (appears(`${left}-${right}`) && !appears(`${left}${right}`)) return before + after;
    if (!appears(`${left}${right}`)) this.guesses.push({ hyphenated: `${left}-${right}`, joined: `${left}${right}` });
    return before.slice(0, -1) + after;
  }
}

// --- front page ---

function frontPage(lines: readonly Line[], headers: readonly string[], hyphenation: Hyphenation): PatentBiblio | null {
  const texts = lines.map((l) => l.text);
  const numberLine = texts.find((t) => /Patent\s+No\.?|Pub\.\s*No\.?/i.test(t) && PATENT_NUMBER.test(t));
  const printed = PATENT_NUMBER.exec(numberLine ?? '')?.[0] ?? headers.map((h) => PATENT_NUMBER.exec(h)?.[0]).find(Boolean);
  if (!printed) return null;
  const number = normalizePatentNumber(printed);
  const field = (label: RegExp) => {
    const index = texts.findIndex((t) => label.test(t));
    if (index < 0) return null;
    const continuation: string[] = [];
    for (const next of texts.slice(index + 1)) {
      if (INID_CODE.test(next) || continuation.length >= 4) break;
      continuation.push(next);
    }
    return [(texts[index] ?? '').replace(label, ''), ...continuation].reduce((a, b) => (a ? hyphenation.join(a, b) : b), '');
  };
  const sameLine = (label: RegExp) => texts.find((t) => label.test(t))?.replace(label, '') ?? null;
  const publicationDate = isoDate(sameLine(/^.*?(?:Date\s+of\s+Patent|Pub\.\s*Date):?/i));
  const title = field(/^\(54\)\s*/);
  return {
    number,
    kind: /[A-Z]\d?$/.exec(number)?.[0] ?? null,
    title: title ? collapseSpaces(title) : null,
    applicationNumber: /[\d/,]{6,}/.exec(sameLine(/^.*?Appl\.\s*No\.?:?/i) ?? '')?.[0] ?? null,
    filingDate: isoDate(sameLine(/^.*?\(22\)\s*(?:PCT\s+)?Filed:?/i)),
    issueDate: /Date\s+of\s+Patent/i.test(texts.join('\n')) ? publicationDate : null,
    publicationDate,
    inventors: (field(/^\(7[56]\)\s*Inventors?:?\s*/i) ?? '')
      .split(';')
      .map((entry) => collapseSpaces(entry.split(',')[0] ?? ''))
      .filter(Boolean),
    assignee: field(/^\(73\)\s*Assignees?:?\s*/i)?.replace(/,[^,]*,\s*[A-Z]{2}\s*\([A-Z]{2}\)\s*$|\s*\([A-Z]{2}\)\s*$/, '').trim() || null,
    abstract: null,
  };
}

function isoDate(text: string | null): string | null {
  const match = DATE.exec(text ?? '');
  if (!match) return null;
  const month = MONTHS.indexOf((match[1] ?? '').slice(0, 3).toLowerCase()) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
}
