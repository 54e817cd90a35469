/**
 * A chart cell's Slate content as Word paragraphs: paragraphs and lists with their emphasis, quote blocks
 * indented with their cite on their last line, citation chips as their pinpoint cites, figures as images
 * with their caption and cite. A quote and a figure are each kept whole on one page (kept-whole.ts). Every
 * paragraph takes a chart style; nothing here chooses a font.
 */
import { AlignmentType, ImageRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Block, FormattedText, ParagraphElement } from '../../../../shared/chart/cell-schema';
import type { ExportExcerpt } from '../model';
import type { PreparedFigures } from '../figures';
import type { FigureMedia } from './figure-media';
import { keptWhole, type CellChild } from './kept-whole';
import type { StyleIds } from './styles';

type Inline = ParagraphElement['children'][number];

export const LIST_REFERENCES = { bulleted: 'claim-chart-bullets', numbered: 'claim-chart-numbers' } as const;
/** Word images are sized in pixels at 96 to the inch. */
const IMAGE_PIXELS_PER_INCH = 96;

export interface CellContentContext {
  readonly ids: StyleIds;
  readonly excerpts: ReadonlyMap<number, ExportExcerpt>;
  readonly figures: PreparedFigures;
  readonly media: FigureMedia;
  /** The evidence column's width inside its cell margins, in twips. */
  readonly width: number;
  /** A fresh numbering instance, so each numbered list starts again at 1. */
  nextListInstance(): number;
}

export function cellParagraphs(blocks: readonly Block[], ctx: CellContentContext): CellChild[] {
  return blocks.flatMap((block) => blockParagraphs(block, ctx));
}

function blockParagraphs(block: Block, ctx: CellContentContext): CellChild[] {
  const { ids } = ctx;
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ style: ids.text, children: inlineRuns(block.children, ctx) })];
    case 'bulleted-list':
    case 'numbered-list': {
      const numbered = block.type === 'numbered-list';
      const numbering = {
        reference: numbered ? LIST_REFERENCES.numbered : LIST_REFERENCES.bulleted,
        level: 0,
        instance: numbered ? ctx.nextListInstance() : 0,
      };
      return block.children.map((item) => new Paragraph({ style: ids.text, numbering, children: inlineRuns(item.children, ctx) }));
    }
    case 'quote':
      return [
        keptWhole(
          [
            new Paragraph({
              style: ids.quote,
              children: [...block.children.flatMap((text) => textRuns(text)), new TextRun({ text: citeOf(block.excerptId, ctx), style: ids.cite, break: 1 })],
            }),
          ],
          ctx.width,
        ),
      ];
    case 'figure':
      return [keptWhole(figureParagraphs(block.excerptId, block.caption, ctx), ctx.width)];
  }
}

function figureParagraphs(excerptId: number, caption: string, ctx: CellContentContext): Paragraph[] {
  const figure = ctx.figures.get(excerptId);
  const captionLine = new Paragraph({
    style: ctx.ids.figureCaption,
    children: [...(caption.trim() ? [new TextRun(`${caption.trim()} `)] : []), new TextRun({ text: citeOf(excerptId, ctx), style: ctx.ids.cite })],
  });
  if (!figure) return [captionLine];
  const width = Math.round(figure.widthInches * IMAGE_PIXELS_PER_INCH);
  const height = Math.round((width * figure.image.heightPx) / figure.image.widthPx);
  const image = new ImageRun({
    type: 'png',
    data: ctx.media.placeholder(figure),
    transformation: { width, height },
    altText: { name: `Figure ${excerptId}`, title: caption.trim() || citeOf(excerptId, ctx), description: caption.trim() || citeOf(excerptId, ctx) },
  });
  return [new Paragraph({ style: ctx.ids.text, alignment: AlignmentType.CENTER, children: [image] }), captionLine];
}

function inlineRuns(children: readonly Inline[], ctx: CellContentContext): ParagraphChild[] {
  return children.flatMap((child) =>
    'type' in child ? [new TextRun({ text: citeOf(child.excerptId, ctx), style: ctx.ids.cite })] : textRuns(child),
  );
}

/** A text leaf with its marks; a line break inside it stays a line break. */
export function textRuns(leaf: FormattedText): TextRun[] {
  const marks = { bold: leaf.bold, italics: leaf.italic, underline: leaf.underline ? {} : undefined };
  return leaf.text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...marks }));
}

function citeOf(excerptId: number, ctx: CellContentContext): string {
  return ctx.excerpts.get(excerptId)?.cite ?? `[missing excerpt ${excerptId}]`;
}
