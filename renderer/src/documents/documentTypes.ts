import type { DocumentSummary } from '../../../shared/domain/matter';

export type DocumentType = DocumentSummary['docType'];

export const documentTypeNames: Record<DocumentType, string> = {
  manual: 'Manual',
  datasheet: 'Datasheet',
  'web-printout': 'Web printout',
  produced: 'Produced document',
  patent: 'Patent',
  other: 'Other',
};

/** In the order above; the record type makes sure every type of the domain has a name. */
export const documentTypeOptions = (Object.keys(documentTypeNames) as DocumentType[]).map((type) => ({ id: type, name: documentTypeNames[type] }));
