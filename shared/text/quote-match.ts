/**
 * Whether a quote block's words are a faithful quotation of its source: the source's own words, where the
 * writer may leave text out with an ellipsis ("…", "..." or ". . .") and alter a few words in [brackets]
 * ("[t]he processor", "[the server] includes"). Anything else does not match, and the answer says where
 * the quote first departs from the source.
 *
 * The pieces between those marks are located with findQuote (shared/text/normalize.ts), the matcher that
 * placed the excerpt on its page: ligatures, curly quotes, the source's hyphenation at line ends and
 * whitespace do not count as differences; a hyphen and a space typed inside a word ("sen- sor") do. Used on a chart cell against its excerpt's quote, and at export against the page.
 */
import { findQuote, normalizeText, type TextRange } from './normalize';

export type QuoteMismatchReason = 'empty' | 'differs';
export type QuoteMatch = { ok: true } | { ok: false; reason: QuoteMismatchReason; firstMismatchAt: number };

/** An ellipsis (elision) or a [bracketed alteration]. */
const MARK = /…|\.(?: ?\.){2}|\[[^[\]]*\]/g;
/** How much source text one [bracketed alteration] may stand for: a few words, not a silent elision. */
export const MAX_ALTERATION_SPAN = 80;
/** Places where the deepest unmatched piece is measured to report how far the quote matched. */
const MAX_MISMATCH_PROBES = 50;

interface Piece {
  /** The quote's own words between marks, as written. */
  readonly text: string;
  /** Offset of `text` in the quote. */
  readonly at: number;
  /** How many source characters may lie between the previous piece and this one (Infinity after an elision). */
  readonly gapBefore: number;
  /** A [bracketed alteration] stands right before (or after) it, so its first (last) word may be a part word: "[t]he". */
  readonly partialStart: boolean;
  readonly partialEnd: boolean;
}

const hasWords = (text: string) => normalizeText(text).replace(/[ -]/g, '') !== '';

function piecesOf(quote: string): Piece[] {
  const pieces: Piece[] = [];
  let gap = Infinity; // the first piece may begin anywhere in the source
  let last = 0;
  let afterBracket = false;
  const take = (end: number, beforeBracket: boolean) => {
    const text = quote.slice(last, end);
    if (!hasWords(text)) return;
    pieces.push({ text, at: last, gapBefore: gap, partialStart: afterBracket && !/^\s/.test(text), partialEnd: beforeBracket && !/\s$/.test(text) });
    gap = 0;
  };
  for (const mark of quote.matchAll(MARK)) {
    const bracket = mark[0].startsWith('[');
    take(mark.index, bracket);
    gap = bracket ? gap + MAX_ALTERATION_SPAN : Infinity;
    afterBracket = bracket;
    last = mark.index + mark[0].length;
  }
  take(quote.length, false);
  return pieces;
}

export interface MatchOptions {
  /**
   * Each piece's first and last words must be whole words of the source (findQuote's wholeWords): for a
   * quote against its excerpt's quote, which the same engine read.
   */
  readonly wholeWords?: boolean;
}

/** Where the piece's words occur in `source` starting in [from, from + gap], or undefined. */
function occurrence(source: string, piece: Piece, from: number, gap: number, options: MatchOptions, text = piece.text): TextRange | undefined {
  const found = findQuote(source, text, {
    from,
    wholeWords: options.wholeWords,
    partialStart: piece.partialStart,
    partialEnd: piece.partialEnd || text !== piece.text,
    typedHyphens: true,
  });
  return found && found.start - from <= gap ? found : undefined;
}

export function matchQuote(quoteText: string, sourceText: string, options: MatchOptions = {}): QuoteMatch {
  const pieces = piecesOf(quoteText);
  if (pieces.length === 0) return { ok: false, reason: 'empty', firstMismatchAt: 0 };

  const failed = new Set<string>();
  // The deepest piece that could not be placed, and the source positions it was tried from.
  let deepest = -1;
  let deepestFrom: number[] = [];
  const matchFrom = (k: number, from: number): boolean => {
    if (k === pieces.length) return true;
    const memo = `${k}:${from}`;
    if (failed.has(memo)) return false;
    const piece = pieces[k]!;
    let placed = false;
    for (let at = occurrence(sourceText, piece, from, piece.gapBefore, options); at; ) {
      placed = true;
      if (matchFrom(k + 1, at.end)) return true;
      at = occurrence(sourceText, piece, at.start + 1, piece.gapBefore - (at.start + 1 - from), options);
    }
    if (!placed && k >= deepest) {
      if (k > deepest) deepestFrom = [];
      deepest = k;
      deepestFrom.push(from);
    }
    failed.add(memo);
    return false;
  };
  if (matchFrom(0, 0)) return { ok: true };
  return { ok: false, reason: 'differs', firstMismatchAt: mismatchOffset(sourceText, pieces[deepest]!, deepestFrom, options) };
}

/**
 * The offset in the quote where its deepest unplaceable piece stops matching, at best, from where it was
 * tried. Spaces do not count in matching, so the offset lands on the first differing word, not before it.
 */
function mismatchOffset(source: string, piece: Piece, tried: readonly number[], options: MatchOptions): number {
  let best = 0;
  for (const from of tried.slice(0, MAX_MISMATCH_PROBES)) {
    best = Math.max(best, longestMatchingPrefix(source, piece, from, options));
  }
  return piece.at + best;
}

/** Binary search: a prefix that occurs implies every shorter prefix occurs there too. */
function longestMatchingPrefix(source: string, piece: Piece, from: number, options: MatchOptions): number {
  const occurs = (length: number) => {
    // A prefix may stop inside a word.
    const prefix = piece.text.slice(0, length);
    return !hasWords(prefix) || occurrence(source, piece, from, piece.gapBefore, options, prefix) !== undefined;
  };
  let low = 0;
  let high = piece.text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (occurs(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
