/**
 * Exports of a chart (DOCX, HTML, CSV, the PDF exhibit packet) and the quote verification that gates them:
 * the shapes both sides share. Inputs are bounded here so the RPC boundary refuses anything outside them.
 */
import { z } from 'zod';
import { CiteFormatSchema } from '../citation/cite';
import { inputs } from '../rpc/define';
import { LabelSchemeSchema, type ChartStatus } from './matter';

export const exportFormats = ['docx', 'html', 'csv', 'packet'] as const;
export const ExportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const paperSizes = ['letter', 'a4'] as const;

const heading = z.string().trim().min(1).max(200);
/** A font name goes into Word's XML and the HTML's CSS: letters, digits, spaces and hyphens only. */
const fontFamily = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N} -]+$/u, 'must be a font name (letters, digits, spaces, hyphens)');

/**
 * What the export dialog and `claimchart export` offer. Left out, the label scheme and the cite format are
 * the matter's, and the column headings are derived from the chart (patent number, product name).
 * A firm template's styles win over the font options for every style the template defines.
 */
export const ExportOptionsSchema = z
  .object({
    paper: z.enum(paperSizes).default('letter'),
    labelScheme: LabelSchemeSchema.optional(),
    citeFormat: CiteFormatSchema.optional(),
    /** The caption's exhibit designation; documents in the index and the packet are numbered under it (A-1, A-2…). */
    exhibitLabel: z.string().trim().min(1).max(40).default('Exhibit A'),
    columnHeadings: z.object({ claim: heading.optional(), evidence: heading.optional(), status: heading.optional() }).strict().default({}),
    includeStatus: z.boolean().default(false),
    includeEquivalents: z.boolean().default(true),
    includeExhibitIndex: z.boolean().default(true),
    fontFamily: fontFamily.default('Times New Roman'),
    fontSizePt: z.number().min(8).max(16).multipleOf(0.5).default(11),
    /** A .docx whose styles (word/styles.xml) the DOCX takes: a firm restyles every chart by editing its template. */
    templatePath: inputs.filePath.refine((p) => p.toLowerCase().endsWith('.docx'), 'must be a .docx file').optional(),
  })
  .strict();
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;
export type ExportOptions = z.output<typeof ExportOptionsSchema>;

/** How each status reads in an exported chart's status column. */
export const exportedStatusText: Readonly<Record<ChartStatus, string>> = {
  literal: 'Literally met',
  'literal-construction': 'Literally met under the proposed construction',
  equivalents: 'Met under the doctrine of equivalents',
  partial: 'Partially met',
  'not-met': 'Not met',
  'needs-evidence': 'Evidence to be supplemented',
};

// ── Quote verification ─────────────────────────────────────────────────────────────────────────────

export const verificationProblemKinds = [
  /** A quote block's words are not on its excerpt's page (beyond elisions and [alterations]). */
  'quote-not-in-source',
  /** The quote's page has no text layer (a scan): it cannot be checked. */
  'source-without-text',
  'excerpt-missing',
  'excerpt-deleted',
  /** A figure bound to a text excerpt: there is no image to show. */
  'figure-without-image',
  /** The excerpt names a page its document does not have. */
  'page-out-of-range',
] as const;

export const VerificationProblemSchema = z.object({
  kind: z.enum(verificationProblemKinds),
  claimNumber: z.number().int(),
  /** The row's label under the matter's scheme ("[1a]"). */
  rowLabel: z.string(),
  limitationId: z.number().int(),
  excerptId: z.number().int(),
  /** The quote block's words, for a quote. */
  quote: z.string().nullable(),
  /** Offset in `quote` where it first departs from the source. */
  firstMismatchAt: z.number().int().nullable(),
  message: z.string(),
});
export type VerificationProblem = z.infer<typeof VerificationProblemSchema>;

export const VerificationReportSchema = z.object({
  chartId: z.number().int(),
  checkedAt: z.string(),
  passed: z.boolean(),
  quotesChecked: z.number().int(),
  citationsChecked: z.number().int(),
  problems: z.array(VerificationProblemSchema),
});
export type VerificationReport = z.infer<typeof VerificationReportSchema>;

// ── Running an export ──────────────────────────────────────────────────────────────────────────────

export const ExportRequestSchema = z
  .object({
    chartId: inputs.id,
    format: ExportFormatSchema,
    options: ExportOptionsSchema.prefault({}),
    /** Where to write the file; left out, it goes to the user data folder's Exports/ (browser mode's download). */
    outputPath: inputs.filePath.optional(),
    /** Export despite a failed verification; the reason is recorded with the export. */
    override: z.object({ reason: z.string().trim().min(3).max(2_000) }).strict().optional(),
  })
  .strict();
export type ExportRequest = z.input<typeof ExportRequestSchema>;

export const ExportResultSchema = z.discriminatedUnion('status', [
  /** Verification failed and there was no override: nothing was written. */
  z.object({ status: z.literal('blocked'), verification: VerificationReportSchema }),
  z.object({
    status: z.literal('written'),
    exportId: z.number().int(),
    format: ExportFormatSchema,
    path: z.string(),
    fileName: z.string(),
    byteSize: z.number().int(),
    mediaType: z.string(),
    /** The file's bytes for a download: `/binary/export/<exportId>`, this session only. */
    downloadUrl: z.string(),
    verification: VerificationReportSchema,
    overrideReason: z.string().nullable(),
  }),
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const ExportChoicesSchema = z.object({
  /** The options with the matter's label scheme and cite format filled in. */
  defaults: ExportOptionsSchema.required({ labelScheme: true, citeFormat: true }),
  formats: z.array(ExportFormatSchema),
  labelSchemes: z.array(LabelSchemeSchema),
  paperSizes: z.array(z.enum(paperSizes)),
});
export type ExportChoices = z.infer<typeof ExportChoicesSchema>;
