import { removeMarginNumbers } from './margin-numbers';

// Cleaning pasted claims removes artifacts of the page or the word processor and nothing else: every word of a claim,
// its punctuation and its quotes (curly or straight) stay exactly as they were.

const LINE_SEPARATORS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g; // Word writes \v for Shift+Enter and \f for a page break.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g; // soft hyphen, zero-width characters, BOM
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
// Word's own field markers (begin \x13, separator \x14, end \x15): drop the code, keep the shown result.
const WORD_FIELD_CODE = /\u0013[^\u0013\u0014\u0015]*[\u0014\u0015]?/g;
const WORD_FIELD_MARK = /[\u0014\u0015]/g;
// Field codes pasted as text, like "{ PAGE }" or "{ PAGE \* MERGEFORMAT }". Upper case only, so braces in a
// formula of a claim are never touched.
const FIELD_CODE_TEXT =
  /\{\s*(?:PAGE|NUMPAGES|SECTIONPAGES|SEQ|REF|PAGEREF|NOTEREF|STYLEREF|DATE|TIME|CREATEDATE|SAVEDATE|PRINTDATE|FILENAME|MERGEFIELD|HYPERLINK|TOC|AUTONUM|AUTONUMLGL|LISTNUM|DOCPROPERTY|FORMTEXT)\b[^{}]*\}/g;
const FIELD_SWITCH_REMNANT = /\s*\\\*\s*(?:MERGEFORMAT|CHARFORMAT)\b/g;

const BARE_NUMBER = /^\d{1,4}$/; // line numbers in the gutter, column and page numbers
const END_OF_DOCUMENT_MARK = /^(?:\*\s*){3,}$/; // "* * * * *" closes a USPTO full-text patent
const PAGE_HEADERS: readonly RegExp[] = [
  /^(?:US|U\.S\.)\s*(?:Pat(?:ent)?\.?\s*(?:No\.?\s*)?)?\d{1,3}(?:,?\d{3}){2}\s*[A-Z]\d?$/i, // US 7,634,671 B2
  /^US\s*\d{4}\/\d{7}\s*A\d$/i, // US 2005/0097148 A1
  /^U\.S\.\s*Patent\b.*\bSheet\s+\d+\s+of\s+\d+\b.*$/i, // U.S. Patent Dec. 15, 2009 Sheet 1 of 5 US 7,634,671 B2
  /^Sheet\s+\d+\s+of\s+\d+$/i,
  /^Page\s+\d+(?:\s+of\s+\d+)?$/i,
  /^-\s*\d+\s*-$/, // "- 3 -"
  /^Application\/Control\s+Number:.*$/i, // office action header
  /^Art\s+Unit:?\s*\d+.*$/i,
  /^(?:Attorney\s+)?Docket\s+No\.?:?.*$/i,
];

export interface RemovedArtifacts {
  lineNumbers: number;
  pageHeaders: string[];
  fieldCodes: number;
}

/** Something cleaning removed, and where: `line` is the kept line it was in or came after, -1 before every line. */
export interface RemovedArtifact {
  line: number;
  kind: 'line-number' | 'page-header' | 'field-code';
  /** The removed text, for a page header. */
  text: string;
}

export interface CleanedLines {
  /** Non-empty lines, each with single spaces and no leading or trailing space. */
  lines: string[];
  removed: RemovedArtifact[];
}

/** Word's field markers gone: "\x13 REF _Ref1 \h \x14(see FIG. 1)\x15" → "(see FIG. 1)", the result as Word shows it. */
export function withoutWordFields(text: string): string {
  return text.replace(WORD_FIELD_CODE, keepLineBreaks).replace(WORD_FIELD_MARK, '');
}

/**
 * Removes invisible characters and Word field codes and turns every kind of space into a plain space. A field code
 * that spans lines leaves its line breaks, so the text keeps its lines.
 */
export function cleanCharacters(text: string): string {
  return withoutWordFields(text)
    .replace(FIELD_CODE_TEXT, keepLineBreaks)
    .replace(FIELD_SWITCH_REMNANT, keepLineBreaks)
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/[^\S\n]+/g, ' ');
}

function keepLineBreaks(removed: string): string {
  return removed.replace(/[^\n]/g, '');
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits pasted text into clean lines, dropping lines that are only a page artifact, and says what went where. */
export function cleanPastedText(raw: string): CleanedLines {
  const text = raw.replace(LINE_SEPARATORS, '\n');
  const fieldCodes = fieldCodesPerLine(text);
  const lines: string[] = [];
  const removed: RemovedArtifact[] = [];
  const margin = removeMarginNumbers(cleanCharacters(text).split('\n').map(collapseSpaces));
  margin.lines.forEach((line, index) => {
    const kept = Boolean(line) && !END_OF_DOCUMENT_MARK.test(line) && !BARE_NUMBER.test(line) && !isPageHeader(line);
    if (kept) lines.push(line);
    const at = lines.length - 1; // the kept line this one is, or the last one before it
    for (let n = fieldCodes[index] ?? 0; n > 0; n--) removed.push({ line: at, kind: 'field-code', text: '' });
    for (let n = margin.removed[index] ?? 0; n > 0; n--) removed.push({ line: at, kind: 'line-number', text: '' });
    if (kept || !line) return;
    if (BARE_NUMBER.test(line)) removed.push({ line: at, kind: 'line-number', text: line });
    else if (isPageHeader(line)) removed.push({ line: at, kind: 'page-header', text: line });
  });
  return { lines, removed };
}

function isPageHeader(line: string): boolean {
  return PAGE_HEADERS.some((header) => header.test(line));
}

/** How many field codes each line of `text` holds (counted where each starts). */
function fieldCodesPerLine(text: string): number[] {
  const counts: number[] = [];
  const count = (pattern: RegExp, within: string) => {
    let line = 0;
    let scanned = 0;
    for (const match of within.matchAll(pattern)) {
      for (; scanned < match.index; scanned++) if (within.charCodeAt(scanned) === 10) line++;
      counts[line] = (counts[line] ?? 0) + 1;
    }
  };
  count(WORD_FIELD_CODE, text);
  count(FIELD_CODE_TEXT, text);
  count(FIELD_SWITCH_REMNANT, text.replace(FIELD_CODE_TEXT, keepLineBreaks));
  return counts;
}

/** What cleaning removed, for the user: "Removed 2 line or page numbers from the text of claim 1."; null for nothing. */
export function describeRemovedArtifacts(removed: readonly RemovedArtifact[], where: string): string | null {
  const parts: string[] = [];
  const lineNumbers = removed.filter((r) => r.kind === 'line-number').length;
  const pageHeaders = removed.filter((r) => r.kind === 'page-header').map((r) => r.text);
  const fieldCodes = removed.filter((r) => r.kind === 'field-code').length;
  if (lineNumbers) parts.push(plural(lineNumbers, 'line or page number'));
  if (pageHeaders.length) {
    const examples = [...new Set(pageHeaders)].slice(0, 3).map((h) => `“${h}”`).join(', ');
    parts.push(`${plural(pageHeaders.length, 'page header')} (${examples})`);
  }
  if (fieldCodes) parts.push(plural(fieldCodes, 'Word field code'));
  return parts.length ? `Removed ${parts.join(', ')} ${where}.` : null;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
