/**
 * Limits of the Node side the renderer works within, restated rather than imported: importing a value from
 * shared/domain loads its zod schemas, which the renderer has no use for. The types fail the build if the
 * two drift apart.
 */
type DocumentDomain = typeof import('../../../shared/domain/document');

export const MAX_IMPORT_FILES: DocumentDomain['MAX_IMPORT_FILES'] = 500;
export const MAX_REGION_IMAGE_BASE64: DocumentDomain['MAX_REGION_IMAGE_BASE64'] = 3_400_000;
