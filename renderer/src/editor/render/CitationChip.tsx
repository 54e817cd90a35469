import { useFocused, useSelected, type RenderElementProps } from 'slate-react';
import type { CitationElement } from '../../../../shared/chart/cell-schema';
import { describeEvidenceProblem, evidenceHref } from './evidenceLinks';
import { useCellEvidence } from './CellContext';

/** An inline chip showing its excerpt's pinpoint cite; following it opens the document at the excerpt. */
export function CitationChip({ attributes, children, element }: RenderElementProps & { readonly element: CitationElement }) {
  const evidence = useCellEvidence().evidenceOf(element.excerptId);
  const selected = useSelected();
  const focused = useFocused();
  const problem = evidence ? describeEvidenceProblem(evidence) : 'Excerpt not loaded';
  return (
    <span {...attributes} contentEditable={false} className="cell-chip" data-selected={(selected && focused) || undefined} data-problem={problem ? true : undefined}>
      {evidence && !evidence.problem ? (
        <a className="cell-chip__cite" href={evidenceHref(evidence)} title={`Open ${evidence.cite} in the viewer`}>
          {evidence.cite}
        </a>
      ) : (
        <span className="cell-chip__cite" title={problem ?? undefined}>
          {evidence?.cite || `Excerpt ${element.excerptId}`}
        </span>
      )}
      {children}
    </span>
  );
}
