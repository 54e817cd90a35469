import type { RowEvidence } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';

/** What a chip or figure shows of an excerpt just cited, before the saved row lists it as evidence. */
export function excerptAsEvidence(excerpt: Excerpt | undefined): RowEvidence | undefined {
  if (!excerpt) return undefined;
  return {
    excerptId: excerpt.id,
    cite: excerpt.cite,
    kind: excerpt.kind,
    documentId: excerpt.documentId,
    pageNumber: excerpt.page,
    imageSha256: excerpt.imageSha256,
    problem: excerpt.deletedAt ? 'deleted' : null,
  };
}
