/**
 * "Cite in this row": the blocks that bring an excerpt into a cell, appended at its end. A text excerpt
 * becomes a quote of its verbatim words, which carries its own cite (the editor and every export print it
 * under the quote), followed by an empty paragraph for commentary; a region excerpt becomes a figure.
 * "Insert cite": a citation chip, the excerpt's pinpoint cite inline in the commentary.
 */
import type { Block, CellContent, CitationElement, FormattedText } from './cell-schema';

export interface CitableExcerpt {
  readonly id: number;
  readonly kind: 'text' | 'region';
  readonly quote: string;
  readonly note: string | null;
}

const MAX_CAPTION = 2_000;

export function evidenceBlocks(excerpt: CitableExcerpt): Block[] {
  if (excerpt.kind === 'region') {
    return [{ type: 'figure', excerptId: excerpt.id, caption: (excerpt.note ?? '').slice(0, MAX_CAPTION), children: [{ text: '' }] }];
  }
  return [
    { type: 'quote', excerptId: excerpt.id, children: [{ text: excerpt.quote }] },
    { type: 'paragraph', children: [{ text: '' }] },
  ];
}

/** A paragraph with nothing in it: no text (blank text counts as none), no chip. */
const isEmptyParagraph = (block: Block) => block.type === 'paragraph' && block.children.every((c) => !('type' in c) && c.text.trim() === '');

function withoutTrailingEmptyParagraphs(content: CellContent): CellContent {
  let end = content.length;
  while (end > 0 && isEmptyParagraph(content[end - 1]!)) end -= 1;
  return content.slice(0, end);
}

/** The cell with the excerpt's blocks at its end; trailing empty paragraphs (a new cell's) give way to them. */
export function appendEvidence(content: CellContent, excerpt: CitableExcerpt): CellContent {
  return [...withoutTrailingEmptyParagraphs(content), ...evidenceBlocks(excerpt)];
}

/**
 * The cell as an export prints it: the room for commentary left under a quote or a figure, and empty
 * paragraphs at the end, print nothing rather than a blank line.
 */
export function printedContent(content: CellContent): CellContent {
  return withoutTrailingEmptyParagraphs(
    content.filter((block, i) => !(isEmptyParagraph(block) && i > 0 && (content[i - 1]!.type === 'quote' || content[i - 1]!.type === 'figure'))),
  );
}

/** An inline chip that prints the excerpt's pinpoint cite where it stands in the commentary. */
export const citationChip = (excerptId: number): CitationElement => ({ type: 'citation', excerptId, children: [{ text: '' }] });

type Inline = FormattedText | CitationElement;

/** Whether a chip put at the end of this line needs a space before it: the line ends in a word or a chip. */
export function endsInWord(line: readonly Inline[]): boolean {
  const last = line.at(-1);
  if (last === undefined) return false;
  if ('type' in last) return true;
  return last.text === '' ? line.length > 1 && endsInWord(line.slice(0, -1)) : !/\s$/.test(last.text);
}

/**
 * The line with a chip at its end, kept as Slate keeps inline content (a text on each side of the chip):
 * after a space when the line ends in a word.
 */
function withChipAtEnd(line: readonly Inline[], excerptId: number): Inline[] {
  const out = [...line];
  const last = out.at(-1);
  if (endsInWord(line)) {
    // Into a plain text at the end; beside a marked one (a bold word), a plain space of its own.
    if (last && !('type' in last) && Object.keys(last).length === 1) out[out.length - 1] = { text: `${last.text} ` };
    else out.push({ text: ' ' });
  } else if (!last || 'type' in last) {
    out.push({ text: '' });
  }
  out.push(citationChip(excerptId), { text: '' });
  return out;
}

/**
 * "Insert cite" on a row whose cell has no caret: a chip at the end of the cell's last line of commentary
 * (its last paragraph or list item), or in a new paragraph when the cell ends with a quote or a figure.
 */
export function appendCitation(content: CellContent, excerptId: number): CellContent {
  const last = content.at(-1);
  const rest = content.slice(0, -1);
  switch (last?.type) {
    case 'paragraph':
      return [...rest, { ...last, children: withChipAtEnd(last.children, excerptId) }];
    case 'bulleted-list':
    case 'numbered-list': {
      const item = last.children.at(-1)!;
      return [...rest, { ...last, children: [...last.children.slice(0, -1), { ...item, children: withChipAtEnd(item.children, excerptId) }] }];
    }
    default:
      return [...content, { type: 'paragraph', children: withChipAtEnd([], excerptId) }];
  }
}
