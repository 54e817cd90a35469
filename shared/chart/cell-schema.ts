/**
 * The chart cell's document model: what a Slate editor holds in one row's evidence cell, defined once here
 * and validated on load and on save (both sides). Quotes, citation chips and figures are bound to an
 * excerpt by id; their cite is derived from the excerpt, never typed.
 *
 *   Block  = paragraph | bulleted-list | numbered-list | quote | figure
 *   Inline = text (bold / italic / underline marks) | citation (inline void)
 */
import { z } from 'zod';

const excerptId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const MAX_TEXT = 200_000;

export const FormattedTextSchema = z
  .object({
    text: z.string().max(MAX_TEXT),
    bold: z.literal(true).optional(),
    italic: z.literal(true).optional(),
    underline: z.literal(true).optional(),
  })
  .strict();
export type FormattedText = z.infer<typeof FormattedTextSchema>;

const emptyText = z.tuple([z.object({ text: z.literal('') }).strict()]);

/** An inline chip that renders its excerpt's pinpoint cite ("AIVRES_0001234"). */
export const CitationElementSchema = z.object({ type: z.literal('citation'), excerptId, children: emptyText }).strict();
export type CitationElement = z.infer<typeof CitationElementSchema>;

export const InlineSchema = z.union([FormattedTextSchema, CitationElementSchema]);
const inlines = z.array(InlineSchema).min(1).max(10_000);

export const ParagraphElementSchema = z.object({ type: z.literal('paragraph'), children: inlines }).strict();
export const ListItemElementSchema = z.object({ type: z.literal('list-item'), children: inlines }).strict();
export const BulletedListElementSchema = z
  .object({ type: z.literal('bulleted-list'), children: z.array(ListItemElementSchema).min(1).max(1_000) })
  .strict();
export const NumberedListElementSchema = z
  .object({ type: z.literal('numbered-list'), children: z.array(ListItemElementSchema).min(1).max(1_000) })
  .strict();

/**
 * A verbatim quote of an excerpt. Its text may differ from the excerpt's quote only by "…" elisions and
 * [bracketed] alterations; anything else is flagged as not matching the source (shared/text/quote-match.ts).
 */
export const QuoteElementSchema = z
  .object({ type: z.literal('quote'), excerptId, children: z.array(FormattedTextSchema).min(1).max(1_000) })
  .strict();

/** A region excerpt's image with a caption; a block void. */
export const FigureElementSchema = z
  .object({ type: z.literal('figure'), excerptId, caption: z.string().max(2_000), children: emptyText })
  .strict();

export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphElementSchema,
  BulletedListElementSchema,
  NumberedListElementSchema,
  QuoteElementSchema,
  FigureElementSchema,
]);

export const CellContentSchema = z.array(BlockSchema).max(5_000);

export type ParagraphElement = z.infer<typeof ParagraphElementSchema>;
export type ListItemElement = z.infer<typeof ListItemElementSchema>;
export type BulletedListElement = z.infer<typeof BulletedListElementSchema>;
export type NumberedListElement = z.infer<typeof NumberedListElementSchema>;
export type QuoteElement = z.infer<typeof QuoteElementSchema>;
export type FigureElement = z.infer<typeof FigureElementSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type CellContent = z.infer<typeof CellContentSchema>;

export const emptyCell = (): CellContent => [{ type: 'paragraph', children: [{ text: '' }] }];

/** Every excerpt a cell cites (quotes, chips, figures), in order of appearance, without repeats. */
export function citedExcerptIds(content: CellContent): number[] {
  const ids: number[] = [];
  const visit = (node: { excerptId?: number; children?: readonly unknown[] }) => {
    if (node.excerptId !== undefined && !ids.includes(node.excerptId)) ids.push(node.excerptId);
    for (const child of node.children ?? []) if (typeof child === 'object' && child) visit(child as never);
  };
  for (const block of content) visit(block);
  return ids;
}

/** The cell's words as plain text, one block per line (search, CSV, version comparison). */
export function cellPlainText(content: CellContent, cite: (excerptId: number) => string = () => ''): string {
  const inlineText = (children: readonly z.infer<typeof InlineSchema>[]) =>
    children.map((c) => ('type' in c ? cite(c.excerptId) : c.text)).join('');
  return content
    .flatMap((block) => {
      switch (block.type) {
        case 'paragraph':
          return [inlineText(block.children)];
        case 'bulleted-list':
        case 'numbered-list':
          return block.children.map((item) => inlineText(item.children));
        // A quote carries its own cite, printed after its words.
        case 'quote':
          return [`“${block.children.map((c) => c.text).join('')}” ${cite(block.excerptId)}`.trimEnd()];
        case 'figure': {
          const caption = block.caption.trim();
          return [`[Figure${caption ? `: ${caption}` : ''}] ${cite(block.excerptId)}`.trimEnd()];
        }
      }
    })
    .join('\n');
}
