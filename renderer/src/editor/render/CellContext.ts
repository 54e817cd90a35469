/**
 * What the cell's renderers need beyond the node itself, the same for the editable cell and the read-only
 * ones: the row's evidence (cites, images, problems), the excerpts' quotes for checking quote blocks as
 * they are typed, and — only in the one editable cell — its editor, for the controls that change a block.
 */
import { createContext, useContext } from 'react';
import type { Editor } from 'slate';
import type { QuoteCheck, RowEvidence } from '../../../../shared/domain/chart';

export interface CellEvidence {
  /** What the row knows of an excerpt it cites (its cite, document, page, image, problem). */
  readonly evidenceOf: (excerptId: number) => RowEvidence | undefined;
  /** The server's check of each quote block, from the last save. */
  readonly quoteChecks: readonly QuoteCheck[];
  /** An excerpt's verbatim quote, when the renderer has it. */
  readonly sourceQuote: (excerptId: number) => string | undefined;
}

const noEvidence: CellEvidence = { evidenceOf: () => undefined, quoteChecks: [], sourceQuote: () => undefined };

export const CellEvidenceContext = createContext<CellEvidence>(noEvidence);
export const useCellEvidence = () => useContext(CellEvidenceContext);

/** The editor of the cell being edited; null in a read-only cell. */
export const CellEditorContext = createContext<Editor | null>(null);
export const useCellEditor = () => useContext(CellEditorContext);
