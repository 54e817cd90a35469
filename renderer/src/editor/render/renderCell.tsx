/** The cell's element and leaf renderers: one set, used by the editable cell and every read-only one. */
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { CitationChip } from './CitationChip';
import { FigureBlock } from './FigureBlock';
import { QuoteBlock } from './QuoteBlock';

export function renderCellElement(props: RenderElementProps) {
  const { attributes, children, element } = props;
  switch (element.type) {
    case 'paragraph':
      return <p {...attributes}>{children}</p>;
    case 'bulleted-list':
      return <ul {...attributes}>{children}</ul>;
    case 'numbered-list':
      return <ol {...attributes}>{children}</ol>;
    case 'list-item':
      return <li {...attributes}>{children}</li>;
    case 'quote':
      return <QuoteBlock {...props} element={element} />;
    case 'figure':
      return <FigureBlock {...props} element={element} />;
    case 'citation':
      return <CitationChip {...props} element={element} />;
  }
}

export function renderCellLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  return <span {...attributes}>{content}</span>;
}
