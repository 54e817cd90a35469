/**
 * Claim charts as the RPC answers them: a chart's heading, its rows (one per limitation of the asserted
 * claims, computed from the limitations at read time), coverage, versions, comparisons and the matter
 * dashboard. Inputs are bounded in shared/rpc/methods/charts.ts.
 */
import { z } from 'zod';
import { CellContentSchema } from '../chart/cell-schema';
import { ChartStatusSchema, chartStatuses } from './matter';

export { ChartStatusSchema, chartStatuses };

const id = z.number().int();
const MAX_FIELD = 20_000;

/** The doctrine of equivalents' three prongs (shown and exported when the status is "equivalents"). */
export const EquivalentsSchema = z
  .object({ function: z.string().max(MAX_FIELD), way: z.string().max(MAX_FIELD), result: z.string().max(MAX_FIELD) })
  .strict();
export type Equivalents = z.infer<typeof EquivalentsSchema>;

export const chartKinds = ['infringement', 'invalidity'] as const;
export const ChartKindSchema = z.enum(chartKinds);

/**
 * Why a quote, chip or figure cannot stand as evidence: its excerpt is gone, was deleted, or a figure shows
 * a text excerpt. A save with any of these is refused; a stored cell that has one shows it on its row.
 */
export const evidenceProblems = ['missing', 'deleted', 'figure-needs-region'] as const;
export const EvidenceProblemSchema = z.enum(evidenceProblems);
export type EvidenceProblem = z.infer<typeof EvidenceProblemSchema>;

/** One excerpt a row cites, with what the renderer needs to draw its chip or figure without another call. */
export const RowEvidenceSchema = z.object({
  excerptId: id,
  /** The pinpoint cite ("Manual at 12", "AIVRES_0001234"); in a version, the cite as it was frozen. */
  cite: z.string(),
  kind: z.enum(['text', 'region']).nullable(),
  documentId: id.nullable(),
  pageNumber: id.nullable(),
  imageSha256: z.string().nullable(),
  problem: EvidenceProblemSchema.nullable(),
});
export type RowEvidence = z.infer<typeof RowEvidenceSchema>;

/** Whether a quote block's words are its excerpt's verbatim quote (elisions and [alterations] allowed). */
export const QuoteCheckSchema = z.object({
  /** Index of the quote block in the cell's top-level blocks. */
  blockIndex: z.number().int(),
  excerptId: id,
  matches: z.boolean(),
  reason: z.enum(['empty', 'differs', 'no-source']).nullable(),
  /** Offset in the quote block's text where it stops matching the source. */
  firstMismatchAt: z.number().int().nullable(),
});
export type QuoteCheck = z.infer<typeof QuoteCheckSchema>;

export const ChartRowSchema = z.object({
  limitationId: id,
  claimNumber: id,
  label: z.string(),
  limitationKind: z.enum(['preamble', 'element']),
  depth: z.number().int(),
  /** The limitation's verbatim words (read-only here; edited by splitting the claim). */
  claimText: z.string(),
  status: ChartStatusSchema,
  content: CellContentSchema,
  /** Kept when the status changes away from "equivalents", so switching back loses nothing. */
  equivalents: EquivalentsSchema.nullable(),
  /** Never exported. */
  internalNote: z.string().nullable(),
  /** When the row was last written; null for a row never written (e.g. a limitation added by a split). */
  updatedAt: z.string().nullable(),
  evidence: z.array(RowEvidenceSchema),
  quoteChecks: z.array(QuoteCheckSchema),
});
export type ChartRow = z.infer<typeof ChartRowSchema>;

export const StatusCountsSchema = z.record(ChartStatusSchema, z.number().int());
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const CoverageSchema = z.object({ rowCount: z.number().int(), statusCounts: StatusCountsSchema });
export type Coverage = z.infer<typeof CoverageSchema>;

export const RowRefSchema = z.object({ limitationId: id, label: z.string() });

export const ChartCoverageSchema = CoverageSchema.extend({
  /** The next row after the given one (wrapping round to the top) whose status is needs-evidence. */
  nextNeedsEvidence: RowRefSchema.nullable(),
});
export type ChartCoverage = z.infer<typeof ChartCoverageSchema>;

/** A product of the chart's family: the accused product and every product marked "same as" it. */
export const FamilyMemberSchema = z.object({ productId: id, name: z.string(), identityExcerptId: id.nullable() });
export type FamilyMember = z.infer<typeof FamilyMemberSchema>;

export const ChartVersionSummarySchema = z.object({ id, chartId: id, name: z.string(), createdAt: z.string() });
export type ChartVersionSummary = z.infer<typeof ChartVersionSummarySchema>;

export const ChartDetailSchema = z.object({
  id,
  title: z.string(),
  kind: ChartKindSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  patent: z.object({ id, number: z.string(), title: z.string().nullable() }),
  claimNumbers: z.array(id),
  product: z.object({ id, name: z.string() }).nullable(),
  family: z.array(FamilyMemberSchema),
  references: z.array(z.object({ documentId: id, shortName: z.string(), title: z.string() })),
  rows: z.array(ChartRowSchema),
  coverage: CoverageSchema,
  /** A saved version opened for reading: its rows are the frozen ones and nothing may be written. */
  readOnly: z.boolean(),
  version: ChartVersionSummarySchema.nullable(),
});
export type ChartDetail = z.infer<typeof ChartDetailSchema>;

/** What a version freezes of each row: the words as they were, cites as text. */
export const SnapshotRowSchema = ChartRowSchema.pick({
  limitationId: true,
  claimNumber: true,
  label: true,
  limitationKind: true,
  depth: true,
  claimText: true,
  status: true,
  content: true,
  equivalents: true,
  internalNote: true,
}).extend({ cites: z.array(z.object({ excerptId: id, cite: z.string() })) });
export type SnapshotRow = z.infer<typeof SnapshotRowSchema>;

export const ChartSnapshotSchema = z.object({ format: z.literal(1), title: z.string(), rows: z.array(SnapshotRowSchema) });
export type ChartSnapshot = z.infer<typeof ChartSnapshotSchema>;

export const WordDiffPartSchema = z.object({ op: z.enum(['equal', 'added', 'removed']), text: z.string() });

/** How one row differs between a version (before) and the chart as it is now (after). */
export const RowChangeSchema = z.object({
  limitationId: id,
  label: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  statusBefore: ChartStatusSchema.nullable(),
  statusAfter: ChartStatusSchema.nullable(),
  evidenceAdded: z.array(id),
  evidenceRemoved: z.array(id),
  /** Word-level diff of the cell's plain text (cites left out: evidence changes are listed by excerpt). */
  textDiff: z.array(WordDiffPartSchema),
  claimTextChanged: z.boolean(),
  equivalentsChanged: z.boolean(),
  noteChanged: z.boolean(),
});
export type RowChange = z.infer<typeof RowChangeSchema>;

export const ChartComparisonSchema = z.object({
  chartId: id,
  version: ChartVersionSummarySchema,
  rows: z.array(RowChangeSchema),
  unchangedRowCount: z.number().int(),
});
export type ChartComparison = z.infer<typeof ChartComparisonSchema>;

export const ChartRestoreResultSchema = z.object({
  chart: ChartDetailSchema,
  /** The version saved automatically just before restoring ("Before restoring …"): restore it to undo. */
  savedBefore: ChartVersionSummarySchema,
  /** Rows of the version whose limitation no longer exists (merged away since): left out, with their label. */
  skippedRows: z.array(RowRefSchema),
});
export type ChartRestoreResult = z.infer<typeof ChartRestoreResultSchema>;

export const ExcerptUsageSchema = z.object({ chartId: id, chartTitle: z.string(), limitationId: id, label: z.string() });
export type ExcerptUsage = z.infer<typeof ExcerptUsageSchema>;

/** One row citing one excerpt: `excerpt.usages` answers these for a whole list of excerpt cards at once. */
export const ExcerptCitationSchema = ExcerptUsageSchema.extend({ excerptId: id });
export type ExcerptCitation = z.infer<typeof ExcerptCitationSchema>;

/** The most excerpts one `excerpt.usages` call asks about (a list longer than this asks about its first ones). */
export const MAX_USAGE_EXCERPTS = 5000;

/** A chart's progress as a dashboard cell shows it; click through by chartId. */
export const ChartProgressSchema = CoverageSchema.extend({
  chartId: id,
  title: z.string(),
  /** The chart's own product; differs from the dashboard column when the chart is the family's. */
  productId: id.nullable(),
  claimNumbers: z.array(id),
  inherited: z.boolean(),
});
export type ChartProgress = z.infer<typeof ChartProgressSchema>;

export const DashboardSchema = z.object({
  products: z.array(z.object({ id, name: z.string(), sameAsId: id.nullable(), familyId: id })),
  patents: z.array(
    z.object({
      id,
      number: z.string(),
      title: z.string().nullable(),
      /** One per product, in the order of `products`. */
      cells: z.array(z.object({ productId: id, charts: z.array(ChartProgressSchema) })),
      invalidity: z.array(ChartProgressSchema),
    }),
  ),
});
export type Dashboard = z.infer<typeof DashboardSchema>;
