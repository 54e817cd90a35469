/**
 * FTS5 MATCH expressions built from tokens, never from the user's text: whatever is typed (quotes,
 * hyphens, parentheses, AND, NEAR, a lone `*`, unbalanced quotes) becomes a valid expression or none.
 *
 * What a query may say:
 *   words             every word must appear (on the same page)
 *   "a phrase"        the words in this order; an unclosed quote runs to the end
 *   confi*            a prefix (two characters at least)
 *   a OR b            either (the only operator; AND, NOT and NEAR are ordinary words)
 *   wi-fi, 10.2.3     words joined by punctuation are a phrase, as they are in the text
 */

/** Words as FTS5's unicode61 tokenizer cuts them: runs of letters, digits and marks. */
export function wordTokens(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{L}\p{N}\p{M}\p{Co}]+/gu) ?? [];
}

/** A phrase of FTS5 tokens, optionally a prefix. Tokens never contain a quote, so quoting is safe. */
export interface Phrase {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

export function phraseExpression(phrase: Phrase): string {
  return `"${phrase.words.join(' ')}"${phrase.prefix ? ' *' : ''}`;
}

/** Bounds the work one query can ask of the index. */
const MAX_PHRASES = 32;
const MIN_PREFIX_LENGTH = 2;

type Piece = { kind: 'phrase'; phrase: Phrase } | { kind: 'or' };

function pieces(query: string): Piece[] {
  const out: Piece[] = [];
  const pattern = /"([^"]*)"?|(\S+?)(?=\s|"|$)/g;
  for (const match of query.matchAll(pattern)) {
    const [, quoted, bare] = match;
    if (bare === 'OR') {
      out.push({ kind: 'or' });
      continue;
    }
    const text = quoted ?? bare ?? '';
    const words = wordTokens(text);
    if (words.length === 0) continue;
    const last = words[words.length - 1]!;
    const prefix = quoted === undefined && text.endsWith('*') && last.length >= MIN_PREFIX_LENGTH;
    out.push({ kind: 'phrase', phrase: { words, prefix } });
  }
  return out;
}

/**
 * The MATCH expression for a search box query, or null when it holds no word. Phrases next to each other
 * must all match; `OR` joins the phrases on either side of it into one group.
 */
export function queryExpression(query: string): string | null {
  const groups: Phrase[][] = [];
  let joinNext = false;
  let count = 0;
  for (const piece of pieces(query)) {
    if (piece.kind === 'or') {
      joinNext = groups.length > 0;
      continue;
    }
    if (++count > MAX_PHRASES) break;
    if (joinNext) groups[groups.length - 1]!.push(piece.phrase);
    else groups.push([piece.phrase]);
    joinNext = false;
  }
  if (groups.length === 0) return null;
  return groups
    .map((group) => (group.length === 1 ? phraseExpression(group[0]!) : `(${group.map(phraseExpression).join(' OR ')})`))
    .join(' AND ');
}

/** Every phrase may match (for ranked "find evidence" queries). */
export function anyOfExpression(phrases: readonly Phrase[]): string | null {
  return phrases.length === 0 ? null : phrases.map(phraseExpression).join(' OR ');
}
