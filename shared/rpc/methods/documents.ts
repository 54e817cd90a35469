import { z } from 'zod';
import { CiteFormatSchema } from '../../citation/cite';
import { ExcerptCitationSchema, MAX_USAGE_EXCERPTS } from '../../domain/chart';
import {
  DocumentDetailSchema,
  DocumentMetadataUpdateSchema,
  ExcerptCreateSchema,
  ExcerptListSchema,
  ExcerptSchema,
  ExcerptUpdateSchema,
  ImportIdSchema,
  ImportRequestSchema,
  ImportResultSchema,
  PageHitsRequestSchema,
  PageHitsSchema,
  PageInfoSchema,
  SearchLikeSchema,
  SearchQuerySchema,
  SearchResponseSchema,
} from '../../domain/document';
import { inputs, method } from '../define';

const byId = z.object({ id: inputs.id }).strict();

/** Product documents, full-text search and excerpts. */
export const documentMethods = {
  /** Runs until every file is imported or refused; progress comes as `document.importProgress` events. */
  'document.import': method(ImportRequestSchema, ImportResultSchema, 'write'),
  /** Stops an import: the document being read is dropped whole, the files after it are not read. */
  'document.importCancel': method(z.object({ importId: ImportIdSchema }).strict(), z.object({ cancelled: z.boolean() }), 'read'),
  'document.get': method(byId, DocumentDetailSchema, 'read'),
  'document.update': method(DocumentMetadataUpdateSchema, DocumentDetailSchema, 'write'),
  /** Refused while excerpts point at the document (the message says how many). */
  'document.delete': method(byId, z.object({ deleted: z.literal(true) }), 'write'),
  'document.pages': method(byId, z.array(PageInfoSchema), 'read'),

  'search.query': method(SearchQuerySchema, SearchResponseSchema, 'read'),
  /** "Find evidence for this limitation": passages ranked by the limitation's rarer terms. */
  'search.like': method(SearchLikeSchema, SearchResponseSchema, 'read'),
  /** Where a query's hits fall on one page, as text spans and rectangles, for the viewer to highlight. */
  'search.pageHits': method(PageHitsRequestSchema, PageHitsSchema, 'read'),

  'excerpt.create': method(ExcerptCreateSchema, ExcerptSchema, 'write'),
  'excerpt.list': method(ExcerptListSchema, z.array(ExcerptSchema), 'read'),
  /** The chart rows citing each of these excerpts ("Cited in [1a]" on a list of cards, in one call). */
  'excerpt.usages': method(
    z.object({ excerptIds: z.array(inputs.id).max(MAX_USAGE_EXCERPTS) }).strict(),
    z.array(ExcerptCitationSchema),
    'read',
  ),
  'excerpt.update': method(ExcerptUpdateSchema, ExcerptSchema, 'write'),
  /**
   * Soft delete: `excerpt.restore` undoes it. An excerpt cited in a chart is deleted only with
   * `confirmCited: true`; without it the call fails with 'conflict' and says which rows cite it.
   */
  'excerpt.delete': method(z.object({ id: inputs.id, confirmCited: z.boolean().optional() }).strict(), ExcerptSchema, 'write'),
  'excerpt.restore': method(byId, ExcerptSchema, 'write'),

  'cite.format': method(inputs.empty, CiteFormatSchema, 'read'),
  'cite.setFormat': method(CiteFormatSchema, CiteFormatSchema, 'write'),
} as const;
