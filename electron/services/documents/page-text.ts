/**
 * A page's stored text from PDFium's raw text. Kept close to the raw text so offsets can be carried back to
 * PDFium's character indices (for rectangles): only three things change.
 * - U+FFFE is PDFium's mark for a hyphen it found at a line end (it joins the two lines). Inside a word
 *   ("configu￾ration") it goes, so the index holds "configuration"; elsewhere ("CC-BY￾4.0", "Wi￾Fi") it is
 *   the printed hyphen.
 * - Control characters (other than tab and line breaks) become spaces: they serve as highlight delimiters
 *   in search (see search/snippets.ts), so stored text must never contain them.
 */
export const HIGHLIGHT_OPEN = '\u0002';
export const HIGHLIGHT_CLOSE = '\u0003';

const WORD_BREAK_HYPHEN = /(?<=\p{L})\uFFFE(?=\p{Ll})/gu;
const LINE_END_HYPHEN = /\uFFFE/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function storedPageText(raw: string): string {
  return raw.replace(WORD_BREAK_HYPHEN, '').replace(LINE_END_HYPHEN, '-').replace(CONTROL, ' ');
}

/** Maps an offset in storedPageText(raw) back to PDFium's character index in `raw`. */
export function rawOffsetMapper(raw: string): (storedOffset: number) => number {
  const removed = [...raw.matchAll(WORD_BREAK_HYPHEN)].map((m) => m.index);
  return (storedOffset) => {
    let rawOffset = storedOffset;
    for (const position of removed) {
      if (position > rawOffset) break;
      rawOffset++;
    }
    return rawOffset;
  };
}

/** True when a page's text has something to search: a letter or a digit. */
export function hasSearchableText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
