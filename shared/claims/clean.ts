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

export interface CleanedLines {
  /** Non-empty lines, each with single spaces and no leading or trailing space. */
  lines: string[];
  removed: RemovedArtifacts;
}

/** Word's field markers gone: "\x13 REF _Ref1 \h \x14(see FIG. 1)\x15" → "(see FIG. 1)", the result as Word shows it. */
export function withoutWordFields(text: string): string {
  return text.replace(WORD_FIELD_CODE, '').replace(WORD_FIELD_MARK, '');
}

/** Removes invisible characters and Word field codes and turns every kind of space into a plain space. */
export function cleanCharacters(text: string): string {
  return withoutWordFields(text)
    .replace(FIELD_CODE_TEXT, '')
    .replace(FIELD_SWITCH_REMNANT, '')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/[^\S\n]+/g, ' ');
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits pasted text into clean lines, dropping lines that are only a page artifact. */
export function cleanPastedText(raw: string): CleanedLines {
  const removed: RemovedArtifacts = { lineNumbers: 0, pageHeaders: [], fieldCodes: countFieldCodes(raw) };
  const lines: string[] = [];
  for (const rawLine of cleanCharacters(raw.replace(LINE_SEPARATORS, '\n')).split('\n')) {
    const line = collapseSpaces(rawLine);
    if (!line || END_OF_DOCUMENT_MARK.test(line)) continue;
    if (BARE_NUMBER.test(line)) removed.lineNumbers++;
    else if (PAGE_HEADERS.some((header) => header.test(line))) removed.pageHeaders.push(line);
    else lines.push(line);
  }
  return { lines, removed };
}

function countFieldCodes(raw: string): number {
  return (
    (raw.match(WORD_FIELD_CODE)?.length ?? 0) +
    (raw.match(FIELD_CODE_TEXT)?.length ?? 0) +
    (raw.replace(FIELD_CODE_TEXT, '').match(FIELD_SWITCH_REMNANT)?.length ?? 0)
  );
}

/** A user-facing summary of what cleaning removed, or null when nothing was. */
export function describeRemovedArtifacts(removed: RemovedArtifacts): string | null {
  const parts: string[] = [];
  if (removed.lineNumbers) parts.push(plural(removed.lineNumbers, 'line or page number'));
  if (removed.pageHeaders.length) {
    const examples = [...new Set(removed.pageHeaders)].slice(0, 3).map((h) => `“${h}”`).join(', ');
    parts.push(`${plural(removed.pageHeaders.length, 'page header')} (${examples})`);
  }
  if (removed.fieldCodes) parts.push(plural(removed.fieldCodes, 'Word field code'));
  return parts.length ? `Removed ${parts.join(', ')} from the imported text.` : null;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
