import { z } from 'zod';
import { CellContentSchema } from '../../chart/cell-schema';
import {
  ChartComparisonSchema,
  ChartCoverageSchema,
  ChartDetailSchema,
  ChartRestoreResultSchema,
  ChartRowSchema,
  ChartStatusSchema,
  ChartVersionSummarySchema,
  DashboardSchema,
  EquivalentsSchema,
  ExcerptUsageSchema,
  FamilyMemberSchema,
} from '../../domain/chart';
import { ProductSummarySchema } from '../../domain/matter';
import { inputs, method } from '../define';

const claimNumbers = z
  .array(z.number().int().min(1).max(100_000))
  .min(1)
  .max(1_000)
  .refine((numbers) => new Set(numbers).size === numbers.length, 'must not name a claim twice');
const chartTitle = z.string().trim().min(1).max(300);

export const ChartCreateInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('infringement'), patentId: inputs.id, claimNumbers, productId: inputs.id, title: chartTitle.optional() }).strict(),
  z
    .object({
      kind: z.literal('invalidity'),
      patentId: inputs.id,
      claimNumbers,
      /** The prior-art reference: one document, or a set of documents read together. */
      documentIds: z
        .array(inputs.id)
        .min(1)
        .max(100)
        .refine((ids) => new Set(ids).size === ids.length, 'must not name a document twice'),
      title: chartTitle.optional(),
    })
    .strict(),
]);
export type ChartCreateInput = z.output<typeof ChartCreateInputSchema>;

/** The fields of one row a save may carry; those left out keep their stored value. */
export const CellPatchSchema = z.object({
  status: ChartStatusSchema.optional(),
  content: CellContentSchema.optional(),
  equivalents: EquivalentsSchema.nullable().optional(),
  internalNote: z.string().max(20_000).nullable().optional(),
});
export type CellPatch = z.output<typeof CellPatchSchema>;

const row = { chartId: inputs.id, limitationId: inputs.id };
const byChart = z.object({ chartId: inputs.id }).strict();
const byVersion = z.object({ versionId: inputs.id }).strict();

export const chartMethods = {
  'chart.create': method(ChartCreateInputSchema, ChartDetailSchema, 'write'),
  'chart.get': method(byChart, ChartDetailSchema, 'read'),
  /**
   * Autosave of one row: writes the given fields in one transaction and answers the row as stored.
   * Sending the same values again changes nothing else (row-level undo re-sends the previous values).
   */
  'chart.updateCell': method(
    CellPatchSchema.extend(row)
      .strict()
      .refine((p) => p.status !== undefined || p.content !== undefined || p.equivalents !== undefined || p.internalNote !== undefined, {
        message: 'give at least one of status, content, equivalents, internalNote',
      }),
    ChartRowSchema,
    'write',
  ),
  /** "Cite in this row": appends the excerpt as a quote, which carries its cite, and an empty paragraph (text), or as a figure (region). */
  'chart.cite': method(z.object({ ...row, excerptId: inputs.id, status: ChartStatusSchema.optional() }).strict(), ChartRowSchema, 'write'),
  'chart.coverage': method(z.object({ chartId: inputs.id, afterLimitationId: inputs.id.optional() }).strict(), ChartCoverageSchema, 'read'),
  'chart.saveVersion': method(z.object({ chartId: inputs.id, name: z.string().trim().min(1).max(200) }).strict(), ChartVersionSummarySchema, 'write'),
  /** Newest first. */
  'chart.versions': method(byChart, z.array(ChartVersionSummarySchema), 'read'),
  /** A saved version, read-only, in the shape of `chart.get`. */
  'chart.version': method(byVersion, ChartDetailSchema, 'read'),
  /** What changed from a saved version to the chart as it is now. */
  'chart.compare': method(byVersion, ChartComparisonSchema, 'read'),
  /** Writes the version's rows back, after saving the current chart as "Before restoring …". */
  'chart.restoreVersion': method(byVersion, ChartRestoreResultSchema, 'write'),
  /** The chart rows that cite an excerpt. */
  'excerpt.usage': method(z.object({ excerptId: inputs.id }).strict(), z.array(ExcerptUsageSchema), 'read'),
  /** Patents against accused products, each cell the progress of the product family's charts. */
  'matter.dashboard': method(inputs.empty, DashboardSchema, 'read'),
} as const;

/** Product families and their identity evidence; each answers the product's family as it now is. */
export const productMethods = {
  /** An accused product; `sameAsId` makes it a member of that product's family (a rebranding). */
  'product.create': method(
    z
      .object({
        name: z.string().trim().min(1).max(200),
        maker: z.string().trim().max(200).optional(),
        note: z.string().trim().max(2000).optional(),
        sameAsId: inputs.id.optional(),
      })
      .strict(),
    ProductSummarySchema,
    'write',
  ),
  'product.setSameAs': method(z.object({ productId: inputs.id, sameAsId: inputs.id.nullable() }).strict(), z.array(FamilyMemberSchema), 'write'),
  'product.setIdentityExcerpt': method(
    z.object({ productId: inputs.id, excerptId: inputs.id.nullable() }).strict(),
    z.array(FamilyMemberSchema),
    'write',
  ),
} as const;
