import type { RenderElementProps } from 'slate-react';
import type { QuoteElement } from '../../../../shared/chart/cell-schema';
import { AlertIcon } from '../../ui/icons';
import { BlockControls } from './BlockControls';
import { useCellEvidence } from './CellContext';
import { evidenceHref } from './evidenceLinks';
import { describeQuoteStatus, useQuoteStatus } from './quoteCheck';

/**
 * A verbatim quote of an excerpt. Beside its words (editable), a margin the caret never enters: whether
 * the words still match the source, and the excerpt's cite, which opens the document at the quote.
 */
export function QuoteBlock({ attributes, children, element }: RenderElementProps & { readonly element: QuoteElement }) {
  const evidence = useCellEvidence().evidenceOf(element.excerptId);
  const status = useQuoteStatus(element);
  const mismatch = status !== undefined && !status.matches;
  const href = evidence && !evidence.problem ? evidenceHref(evidence) : undefined;
  return (
    <blockquote {...attributes} className="cell-quote" data-mismatch={mismatch || undefined}>
      <div className="cell-quote__text">{children}</div>
      <div className="cell-quote__meta" contentEditable={false}>
        {href ? (
          <a className="cell-quote__source" href={href} title="Open the quote in the viewer">
            {evidence!.cite}
          </a>
        ) : (
          <span className="cell-quote__source">{evidence?.cite || `Excerpt ${element.excerptId}`}</span>
        )}
        {status && (
          <span className="cell-quote__check" role={mismatch ? 'status' : undefined}>
            {mismatch && <AlertIcon />}
            {describeQuoteStatus(status)}
          </span>
        )}
        <BlockControls block={element} what="quote" />
      </div>
    </blockquote>
  );
}
