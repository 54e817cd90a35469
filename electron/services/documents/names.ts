/** A document's title and short name when the user gives none: from the PDF's Title, else the file name. */
import { basename, extname } from 'node:path';

/** Titles that name the file a PDF was printed from rather than the document ("Microsoft Word - x.docx"). */
const FILE_LIKE_TITLE = /^(microsoft \w+ - |untitled\b)|\.(docx?|pdf|indd|pptx?|xlsx?|rtf|txt|html?)$/i;

export function documentTitle(infoTitle: string | null, path: string): string {
  const title = infoTitle?.replace(/\s+/g, ' ').trim();
  if (title && title.length >= 3 && !FILE_LIKE_TITLE.test(title)) return title.slice(0, 500);
  const stem = basename(path, extname(path)).replace(/[_]+/g, ' ').trim();
  return (stem || basename(path)).slice(0, 500);
}

const SHORT_NAME_LENGTH = 48;

/** The name a cite uses: the title, cut at a word boundary when long. */
export function shortNameFor(title: string): string {
  if (title.length <= SHORT_NAME_LENGTH) return title;
  const cut = title.slice(0, SHORT_NAME_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > 16 ? cut.slice(0, lastSpace) : cut.slice(0, SHORT_NAME_LENGTH)).replace(/[\s,;:–-]+$/, '');
}
