/**
 * Product documents (imported PDFs), their pages, search results and excerpts: the shapes both sides share.
 * Inputs are bounded here (lengths, counts, integers, enums, `.strict()` objects) so the RPC boundary refuses
 * anything outside them before a handler runs.
 */
import { z } from 'zod';
import { DocumentTypeSchema } from './matter';

/** The largest PDF the importer accepts, as the importer and the import dialog state it. */
export const MAX_PDF_BYTES = 512 * 1024 * 1024;
export const MAX_PDF_SIZE_TEXT = '512 MiB';
export const MAX_IMPORT_FILES = 500;

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const pageNumber = z.number().int().min(1).max(100_000);
const shortText = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const webUrl = z
  .string()
  .trim()
  .max(2048)
  .regex(/^https?:\/\/[^\s/?#]+\S*$/i, 'must be an http(s) URL');
/** A Bates prefix as stamped, separator included ("AIVRES_"); no spaces inside. */
const batesPrefix = z.string().trim().max(40).regex(/^\S*$/, 'must not contain spaces');
const batesStart = z.number().int().min(0).max(999_999_999_999);

// ── Documents ────────────────────────────────────────────────────────────────────────────────────────

export const DocumentDetailSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  shortName: z.string(),
  docType: DocumentTypeSchema,
  fileName: z.string(),
  sha256: z.string(),
  byteSize: z.number().int(),
  pageCount: z.number().int(),
  /** False for a scanned PDF without a text layer: viewable, but not searchable. */
  hasText: z.boolean(),
  batesPrefix: z.string().nullable(),
  batesStart: z.number().int().nullable(),
  /** "AIVRES_0001234–AIVRES_0001290" when the document has Bates numbers. */
  batesRange: z.string().nullable(),
  confidentiality: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  accessedOn: z.string().nullable(),
  importedAt: z.string(),
  productIds: z.array(z.number().int()),
  excerptCount: z.number().int(),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

/** Metadata given at import, applied to every file of the batch. */
export const ImportMetadataSchema = z
  .object({
    title: shortText(500).optional(),
    shortName: shortText(120).optional(),
    docType: DocumentTypeSchema.optional(),
    productIds: z.array(id).max(200).optional(),
    batesPrefix: batesPrefix.optional(),
    batesStart: batesStart.optional(),
    confidentiality: shortText(200).optional(),
    sourceUrl: webUrl.optional(),
    accessedOn: isoDate.optional(),
  })
  .strict();
export type ImportMetadata = z.infer<typeof ImportMetadataSchema>;

/** Every field optional; `null` clears a field that may be empty. */
export const DocumentMetadataUpdateSchema = z
  .object({
    id,
    title: shortText(500).optional(),
    shortName: shortText(120).optional(),
    docType: DocumentTypeSchema.optional(),
    productIds: z.array(id).max(200).optional(),
    batesPrefix: batesPrefix.nullable().optional(),
    batesStart: batesStart.nullable().optional(),
    confidentiality: shortText(200).nullable().optional(),
    sourceUrl: webUrl.nullable().optional(),
    accessedOn: isoDate.nullable().optional(),
  })
  .strict();
export type DocumentMetadataUpdate = z.infer<typeof DocumentMetadataUpdateSchema>;

export const PageInfoSchema = z.object({
  page: z.number().int(),
  /** The PDF's own label for the page ("iv", "A-3"), when it has page labels. */
  label: z.string().nullable(),
  /** Size of the page box in PDF points (unrotated), the space excerpt rectangles live in. */
  width: z.number(),
  height: z.number(),
  hasText: z.boolean(),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

// ── Import ───────────────────────────────────────────────────────────────────────────────────────────

/** Why a file was not imported. */
export const refusalCodes = [
  'unreadable', // cannot be read from disk
  'too-large',
  'not-a-pdf',
  'damaged-pdf', // truncated or corrupt
  'password-required',
  'password-wrong',
  'no-pages',
  'timeout', // the PDF engine ran past the per-document limit
  'cancelled',
] as const;
export const RefusalCodeSchema = z.enum(refusalCodes);
export type RefusalCode = z.infer<typeof RefusalCodeSchema>;

export const ImportOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    path: z.string(),
    documentId: z.number().int(),
    title: z.string(),
    pageCount: z.number().int(),
    hasText: z.boolean(),
    /** Imported, but worth a look: "no text layer", "the file was damaged and repaired". */
    warnings: z.array(z.string()),
  }),
  z.object({ status: z.literal('duplicate'), path: z.string(), documentId: z.number().int(), message: z.string() }),
  z.object({ status: z.literal('refused'), path: z.string(), code: RefusalCodeSchema, message: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/** Chosen by the caller so it can cancel the import while the call is still running. */
export const ImportIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');

export const ImportRequestSchema = z
  .object({
    paths: z
      .array(z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'must not contain NUL'))
      .min(1)
      .max(MAX_IMPORT_FILES),
    importId: ImportIdSchema.optional(),
    /** Tried on every encrypted file of the batch. */
    password: z.string().max(1024).optional(),
    defaults: ImportMetadataSchema.optional(),
  })
  .strict()
  .refine((r) => r.paths.length === 1 || (r.defaults?.batesStart === undefined && r.defaults?.title === undefined), {
    message: 'a title or a first Bates number belongs to one document: import such files one at a time',
    path: ['defaults'],
  });
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export const ImportResultSchema = z.object({ importId: z.string(), outcomes: z.array(ImportOutcomeSchema) });
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** Pushed while an import runs: document n of m, pages done of total. */
export const ImportProgressSchema = z.object({
  importId: z.string(),
  /** 1-based. */
  fileNumber: z.number().int(),
  fileCount: z.number().int(),
  fileName: z.string(),
  phase: z.enum(['reading', 'extracting', 'saving', 'done']),
  pagesDone: z.number().int(),
  pageCount: z.number().int(),
  outcome: ImportOutcomeSchema.optional(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

// ── Geometry ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * [x1, y1, x2, y2] in PDF points, measured from the lower-left corner of the page box (PDF user space,
 * shifted when the box does not start at 0,0), with x1 < x2 and y1 < y2.
 */
export const RectSchema = z
  // z.number() refuses NaN and ±Infinity.
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine(([x1, y1, x2, y2]) => x1 < x2 && y1 < y2, 'must be [x1, y1, x2, y2] with x1 < x2 and y1 < y2');
export type Rect = z.infer<typeof RectSchema>;

/** A passage of a page's stored text: [start, end) in UTF-16 offsets. */
export const TextSpanSchema = z.tuple([z.number().int(), z.number().int()]);
export type TextSpan = z.infer<typeof TextSpanSchema>;

// ── Search ───────────────────────────────────────────────────────────────────────────────────────────

/** Snippet text with the hit spans to mark: the UI renders text nodes, never HTML. */
export const SnippetSchema = z.object({ text: z.string(), hits: z.array(TextSpanSchema) });
export type Snippet = z.infer<typeof SnippetSchema>;

export const SearchResultSchema = z.object({
  documentId: z.number().int(),
  documentTitle: z.string(),
  shortName: z.string(),
  page: z.number().int(),
  pageLabel: z.string().nullable(),
  bates: z.string().nullable(),
  cite: z.string(),
  /** Higher is better (BM25, sign flipped). */
  score: z.number(),
  snippet: SnippetSchema,
  /**
   * The snippet's verbatim page text and where it sits in the page's stored text: what "make an excerpt"
   * takes as its quote.
   */
  passage: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

const searchFilters = {
  documentIds: z.array(id).min(1).max(500).optional(),
  productId: id.optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).max(10_000).default(0),
};

export const SearchQuerySchema = z.object({ query: z.string().max(2000), ...searchFilters }).strict();
export const SearchLikeSchema = z.object({ text: z.string().max(20_000), ...searchFilters }).strict();

export const SearchTermSchema = z.object({ term: z.string(), weight: z.number() });
export const SearchResponseSchema = z.object({
  results: z.array(SearchResultSchema),
  /** For "find evidence": the terms the limitation was reduced to, rarest first, with their weights. */
  terms: z.array(SearchTermSchema),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

export const PageHitsRequestSchema = z
  .object({
    documentId: id,
    page: pageNumber,
    query: z.string().max(20_000),
    mode: z.enum(['query', 'like']).default('query'),
  })
  .strict();

export const PageHitsSchema = z.object({
  /** Spans of the page's stored text that match. */
  spans: z.array(TextSpanSchema),
  /** For each span, its rectangles on the page, one per line (empty when the PDF cannot be reopened). */
  rects: z.array(z.array(RectSchema)),
});
export type PageHits = z.infer<typeof PageHitsSchema>;

// ── Excerpts ─────────────────────────────────────────────────────────────────────────────────────────

const note = z.string().trim().max(20_000);
const tags = z.array(z.string().trim().min(1).max(64)).max(32);
/** A region image, PNG, base64 in the call: 3.4 M characters is 2.5 MiB of PNG, inside the 4 MiB RPC body. */
export const MAX_REGION_IMAGE_BASE64 = 3_400_000;

export const ExcerptSchema = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  shortName: z.string(),
  page: z.number().int(),
  pageLabel: z.string().nullable(),
  kind: z.enum(['text', 'region']),
  quote: z.string(),
  rects: z.array(RectSchema),
  /** For a region: the stored PNG, served at /binary/image/<sha256>. */
  imageSha256: z.string().nullable(),
  note: z.string().nullable(),
  tags: z.array(z.string()),
  /** Orders excerpts as they appear in the document: padded page, then distance from the top, then left. */
  sortKey: z.string(),
  cite: z.string(),
  createdAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Excerpt = z.infer<typeof ExcerptSchema>;

export const ExcerptCreateSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('text'),
      documentId: id,
      page: pageNumber,
      /** Exactly as selected; it must be found on the page (see shared/text/normalize.ts). */
      quote: z.string().min(1).max(20_000),
      /** One per line; when left out, they are computed from the PDF. */
      rects: z.array(RectSchema).min(1).max(500).optional(),
      note: note.optional(),
      tags: tags.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('region'),
      documentId: id,
      page: pageNumber,
      rect: RectSchema,
      imagePngBase64: z.string().min(1).max(MAX_REGION_IMAGE_BASE64),
      /** The text under the region as the viewer read it; when left out, it is read from the PDF. */
      text: z.string().max(20_000).optional(),
      note: note.optional(),
      tags: tags.optional(),
    })
    .strict(),
]);
export type ExcerptCreate = z.infer<typeof ExcerptCreateSchema>;

export const ExcerptListSchema = z
  .object({
    documentId: id.optional(),
    productId: id.optional(),
    tag: z.string().trim().min(1).max(64).optional(),
    /** Found in the quote or the note, ignoring case. */
    text: z.string().trim().min(1).max(500).optional(),
    includeDeleted: z.boolean().default(false),
    limit: z.number().int().min(1).max(5000).default(1000),
  })
  .strict();

export const ExcerptUpdateSchema = z
  .object({
    id,
    note: note.nullable().optional(),
    tags: tags.optional(),
    /** A text excerpt's lines, or a region excerpt's one rectangle. */
    rects: z.array(RectSchema).min(1).max(500).optional(),
    /** A moved region's picture, rendered again by the viewer (the text under it is read again too). */
    imagePngBase64: z.string().min(1).max(MAX_REGION_IMAGE_BASE64).optional(),
  })
  .strict()
  .refine((u) => u.imagePngBase64 === undefined || u.rects !== undefined, { message: 'a new image comes with the region’s new rectangle', path: ['imagePngBase64'] });
export type ExcerptUpdate = z.infer<typeof ExcerptUpdateSchema>;
