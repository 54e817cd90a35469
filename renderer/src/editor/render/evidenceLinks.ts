import type { RowEvidence } from '../../../../shared/domain/chart';
import { documentHref, type Href } from '../../app/route';

/** The document route that opens an excerpt at its highlighted spot. */
export function evidenceHref(evidence: RowEvidence): Href | undefined {
  if (evidence.documentId === null) return undefined;
  return documentHref(evidence.documentId, { page: evidence.pageNumber ?? undefined, excerptId: evidence.excerptId });
}

export function describeEvidenceProblem(evidence: RowEvidence): string | null {
  switch (evidence.problem) {
    case 'missing':
      return 'This excerpt no longer exists';
    case 'deleted':
      return 'This excerpt was deleted: restore it, or remove the citation';
    case 'figure-needs-region':
      return 'A text excerpt cannot be shown as a figure: quote it instead';
    case null:
      return null;
  }
}
