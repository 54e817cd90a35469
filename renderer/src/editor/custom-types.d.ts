/**
 * Slate's node types for the chart cell: the shared cell schema's elements and marked text
 * (shared/chart/cell-schema.ts), so the editor can hold nothing the Node side would refuse to save.
 */
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type {
  BulletedListElement,
  CitationElement,
  FigureElement,
  FormattedText,
  ListItemElement,
  NumberedListElement,
  ParagraphElement,
  QuoteElement,
} from '../../../shared/chart/cell-schema';

export type CellElement =
  | ParagraphElement
  | BulletedListElement
  | NumberedListElement
  | ListItemElement
  | QuoteElement
  | FigureElement
  | CitationElement;

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: CellElement;
    Text: FormattedText;
  }
}
