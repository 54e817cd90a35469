/**
 * Text normalization for matching, never for display or storage.
 *
 * The viewer's text layer (pdf.js) and the search index (PDFium) read the same page a little differently:
 * ligatures (ﬁ or fi), soft hyphens, words hyphenated at line ends, curly or straight quotes, where the spaces
 * fall, and sometimes spaces inside a word. Both sides go through the same functions here before they are
 * compared, so a quote selected in the viewer is found in the stored page text.
 */

/** A quote or a passage located in a source text: UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Characters that carry nothing for matching: soft hyphen, zero-width spaces and joiners, BOM. */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

/** Typographic variants folded to one form (applied after NFKC). */
const FOLDED: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  // PDFium marks a hyphen it found at the end of a line with U+FFFE.
  '\uFFFE': '-',
};

const LINE_BREAK = /[\n\r\u000B\u000C\u0085\u2028\u2029]/;
const SPACE = /\s/;

/** One source character in canonical form: a string of zero or more characters, each "\n", " " or visible. */
function canonical(char: string): string {
  if (INVISIBLE.has(char)) return '';
  if (LINE_BREAK.test(char)) return '\n';
  let out = '';
  for (const c of char.normalize('NFKC')) {
    if (INVISIBLE.has(c)) continue;
    out += SPACE.test(c) ? ' ' : (FOLDED[c] ?? c);
  }
  return out;
}

/** Normalized UTF-16 code units, each with the offset of the source character it came from. */
interface Mapped {
  chars: string[];
  origins: number[];
  /** Source offsets of the characters that begin a line after a line-end hyphen: where two lines were joined. */
  joins?: Set<number>;
}

function mapCanonical(source: string): Mapped {
  const chars: string[] = [];
  const origins: number[] = [];
  let offset = 0;
  for (const char of source) {
    const out = canonical(char);
    for (let k = 0; k < out.length; k++) {
      chars.push(out[k]!);
      origins.push(offset);
    }
    offset += char.length;
  }
  return { chars, origins };
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\n';

/**
 * Joins a word broken by a hyphen at a line end: the line break always goes, the hyphen too when a
 * lowercase letter follows ("configu-\nration" → "configuration", but "Wi-\nFi" → "Wi-Fi" and
 * "CC-BY-\n4.0" → "CC-BY-4.0").
 */
function joinHyphenatedLines(mapped: Mapped): Mapped {
  const { chars, origins } = mapped;
  const out: Mapped = { chars: [], origins: [], joins: new Set() };
  for (let i = 0; i < chars.length; i++) {
    const hyphenAfterWord = chars[i] === '-' && /[\p{L}\p{N}]/u.test(chars[i - 1] ?? '');
    let next = i + 1;
    let lineBreak = false;
    if (hyphenAfterWord) for (; isBlank(chars[next]); next++) if (chars[next] === '\n') lineBreak = true;
    if (!lineBreak || !/\p{Ll}/u.test(chars[next] ?? '')) {
      out.chars.push(chars[i]!);
      out.origins.push(origins[i]!);
    }
    if (lineBreak) {
      i = next - 1;
      if (next < chars.length) out.joins!.add(origins[next]!);
    }
  }
  return out;
}

/** Runs of spaces and line breaks become one space; none at either end. */
function collapseWhitespace(mapped: Mapped): Mapped {
  const out: Mapped = { chars: [], origins: [], joins: mapped.joins };
  mapped.chars.forEach((c, i) => {
    if (isBlank(c)) {
      if (out.chars.length > 0 && out.chars[out.chars.length - 1] !== ' ') {
        out.chars.push(' ');
        out.origins.push(mapped.origins[i]!);
      }
      return;
    }
    out.chars.push(c);
    out.origins.push(mapped.origins[i]!);
  });
  if (out.chars[out.chars.length - 1] === ' ') {
    out.chars.pop();
    out.origins.pop();
  }
  return out;
}

function normalizeMapped(source: string): Mapped {
  return collapseWhitespace(joinHyphenatedLines(mapCanonical(source)));
}

/**
 * The canonical form of a text for comparison: NFKC (ligatures ﬁ → fi, full-width forms, non-breaking
 * spaces), soft hyphens and zero-width characters removed, words hyphenated at line ends rejoined, curly
 * quotes and dashes made plain, whitespace collapsed to single spaces.
 */
export function normalizeText(text: string): string {
  return normalizeMapped(text).chars.join('');
}

/** The normalized text, and the key below with the index in it that each key character came from. */
interface Keyed {
  readonly normalized: Mapped;
  readonly key: string;
  readonly positions: number[];
}

/**
 * The key two texts are matched on: the canonical form without spaces, hyphens, or diacritics. Engines
 * disagree exactly there (a space inside a kerned word, none between two close words, a real hyphen at a
 * line end taken for a break), and a quote differs from its page in nothing else that matters.
 */
function matchKey(source: string): Keyed {
  const normalized = normalizeMapped(source);
  let key = '';
  const positions: number[] = [];
  normalized.chars.forEach((c, i) => {
    if (c === ' ' || c === '-') return;
    for (const part of c.normalize('NFD')) {
      if (/\p{M}/u.test(part)) continue;
      key += part;
      positions.push(i);
    }
  });
  return { normalized, key, positions };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Whether the word at normalized index `edge` goes on past it in direction `step` (-1: before, +1: after):
 * a letter or digit right there, or a hyphen joining one ("non-working": "working" goes on backwards). Where
 * two lines were joined at a line-end hyphen the engines cannot tell a broken word from a compound
 * ("configu-/rable", "phosphor-/watchdog"), and a selection ends there as often as a line does: a boundary.
 */
function wordGoesOn({ chars, origins, joins }: Mapped, edge: number, step: -1 | 1): boolean {
  const lineStart = step === -1 ? edge : edge + 1;
  if (joins?.has(origins[lineStart] ?? -1)) return false;
  const next = chars[edge + step];
  return isWordChar(next) || (next === '-' && isWordChar(chars[edge + 2 * step]));
}

export interface FindQuoteOptions {
  /**
   * The quote's first and last words must be whole words of the text, so "working components" is not found
   * in "non-working components". For texts read by the same engine (a chart's quote against its excerpt's
   * quote, a typed quote): the two engines do not agree on words joined at a line-end hyphen, which PDFium
   * sometimes stores with neither the hyphen nor the break ("phosphor-dbus-/interfaces" → "dbusinterfaces").
   */
  readonly wholeWords?: boolean;
  /** With wholeWords, the quote may begin (end) inside a word: a [bracketed alteration] stands there ("[t]he"). */
  readonly partialStart?: boolean;
  readonly partialEnd?: boolean;
  /** Only a match that starts at or after this offset of `text` counts (the word before it still bounds it). */
  readonly from?: number;
  /**
   * A hyphen the quote has between a word and a space ("sen- sor", "pre- and") must be a hyphen of the text
   * too, not stand for nothing: for a quote someone typed, where only the text's own line ends (a hyphen
   * and a line break, joined away above) are hyphenation. Otherwise it may be a line end a selection flattened.
   */
  readonly typedHyphens?: boolean;
}

/** Key indices of the quote whose character comes after a typed hyphen: a word, a hyphen, a space ("sen- sor"). */
function afterTypedHyphens({ normalized: { chars }, positions }: Keyed): number[] {
  const indices: number[] = [];
  chars.forEach((c, i) => {
    if (c !== '-' || !isWordChar(chars[i - 1]) || chars[i + 1] !== ' ') return;
    const next = positions.findIndex((p) => p > i);
    if (next > 0) indices.push(next);
  });
  return indices;
}

/** Whether the text has a hyphen between its key characters `k - 1` and `k`. */
function hyphenBefore({ normalized: { chars }, positions }: Keyed, k: number): boolean {
  return chars.slice(positions[k - 1]! + 1, positions[k]).includes('-');
}

/**
 * Where `quote` appears in `text`, matched on the key above; `undefined` when it does not (or when the
 * quote has nothing to match on). The range is in `text`'s own offsets, so it can be highlighted there.
 */
export function findQuote(text: string, quote: string, options: FindQuoteOptions = {}): TextRange | undefined {
  const quoted = matchKey(quote);
  const needle = quoted.key;
  if (needle.length === 0) return undefined;
  const haystack = matchKey(text);
  const { origins } = haystack.normalized;
  // A quote that begins or ends with its own hyphen ("CC-BY-" at a line end) says the word goes on.
  const quotedChars = quoted.normalized.chars;
  const checkStart = options.wholeWords && !options.partialStart && isWordChar(needle[0]) && quotedChars[0] !== '-';
  const checkEnd = options.wholeWords && !options.partialEnd && isWordChar(needle[needle.length - 1]) && quotedChars.at(-1) !== '-';
  const hyphens = options.typedHyphens ? afterTypedHyphens(quoted) : [];
  for (let at = haystack.key.indexOf(needle); at >= 0; at = haystack.key.indexOf(needle, at + 1)) {
    const first = haystack.positions[at]!;
    const last = haystack.positions[at + needle.length - 1]!;
    if (origins[first]! < (options.from ?? 0)) continue;
    if ((checkStart && wordGoesOn(haystack.normalized, first, -1)) || (checkEnd && wordGoesOn(haystack.normalized, last, 1))) continue;
    if (hyphens.some((k) => !hyphenBefore(haystack, at + k))) continue;
    const lastOrigin = origins[last]!;
    let end = lastOrigin + String.fromCodePoint(text.codePointAt(lastOrigin)!).length;
    // Combining marks after the last letter belong to it ("e\u0301").
    while (end < text.length && /\p{M}/u.test(text[end]!)) end++;
    return { start: origins[first]!, end };
  }
  return undefined;
}
