/**
 * "Cite in this row": the blocks that bring an excerpt into a cell, appended at its end. A text excerpt
 * becomes a quote of its verbatim words, which carries its own cite (the editor and every export print it
 * under the quote), followed by an empty paragraph for commentary; a region excerpt becomes a figure.
 */
import type { Block, CellContent } from './cell-schema';

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

const isEmptyParagraph = (block: Block) => block.type === 'paragraph' && block.children.every((c) => !('type' in c) && c.text === '');

/** The cell with the excerpt's blocks at its end; trailing empty paragraphs (a new cell's) give way to them. */
export function appendEvidence(content: CellContent, excerpt: CitableExcerpt): CellContent {
  let end = content.length;
  while (end > 0 && isEmptyParagraph(content[end - 1]!)) end -= 1;
  return [...content.slice(0, end), ...evidenceBlocks(excerpt)];
}
