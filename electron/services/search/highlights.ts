/**
 * FTS5's snippet() and highlight() mark hits with delimiters; here they become plain text plus hit spans,
 * which the UI renders as text nodes (never as HTML). The delimiters are control characters that stored
 * page text never contains (documents/page-text.ts).
 */
import type { Snippet, TextSpan } from '../../../shared/domain/document';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from '../documents/page-text';

export const SNIPPET_ELLIPSIS = '…';

export function parseHighlighted(marked: string): Snippet {
  let text = '';
  const hits: TextSpan[] = [];
  let openedAt = -1;
  for (const char of marked) {
    if (char === HIGHLIGHT_OPEN) openedAt = text.length;
    else if (char === HIGHLIGHT_CLOSE) {
      if (openedAt >= 0 && text.length > openedAt) hits.push([openedAt, text.length]);
      openedAt = -1;
    } else text += char;
  }
  return { text, hits };
}

/**
 * The part of a snippet that is verbatim page text (the snippet without its ellipses), located in the
 * page: what a search result hands to "make an excerpt".
 */
export function snippetPassage(snippet: Snippet, pageText: string): { text: string; start: number; end: number } | null {
  let text = snippet.text;
  if (text.startsWith(SNIPPET_ELLIPSIS)) text = text.slice(SNIPPET_ELLIPSIS.length);
  if (text.endsWith(SNIPPET_ELLIPSIS)) text = text.slice(0, -SNIPPET_ELLIPSIS.length);
  const start = pageText.indexOf(text);
  return start < 0 || text.trim() === '' ? null : { text, start, end: start + text.length };
}
