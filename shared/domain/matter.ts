import { z } from 'zod';

export const labelSchemes = ['bracket', 'upper', 'decimal', 'bracket-dot'] as const;
export const LabelSchemeSchema = z.enum(labelSchemes);

export const MatterSummarySchema = z.object({
  path: z.string(),
  name: z.string(),
  court: z.string().nullable(),
  caseNumber: z.string().nullable(),
  filedOn: z.string().nullable(),
  plaintiff: z.string().nullable(),
  defendants: z.array(z.string()),
  labelScheme: LabelSchemeSchema,
  readOnly: z.boolean(),
  /** Why the matter is read-only (another window writes it, the file is read-only), for a banner. */
  readOnlyReason: z.string().nullable(),
});
export type MatterSummary = z.infer<typeof MatterSummarySchema>;

/** A case detail as typed: trimmed, never empty (an empty field is `null`, i.e. not recorded). */
const caseText = (max: number) => z.string().trim().min(1).max(max);

/**
 * What the matter records about the case, as the dashboard shows it and the export's caption prints it
 * (court, case name, "Case No. …"). Every field may be left out; `null` clears a field that may be empty.
 */
export const MatterDetailsUpdateSchema = z
  .object({
    name: caseText(500).optional(),
    court: caseText(300).nullable().optional(),
    caseNumber: caseText(100).nullable().optional(),
    filedOn: z.iso.date('must be a date as YYYY-MM-DD').nullable().optional(),
    plaintiff: caseText(500).nullable().optional(),
    defendants: z.array(caseText(500)).max(100).optional(),
  })
  .strict();
export type MatterDetailsUpdate = z.infer<typeof MatterDetailsUpdateSchema>;

/** Rolling backups: one when a matter opens for writing and one after every interval of editing, the last few kept. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;
export const KEEP_BACKUPS = 5;

export const BackupEntrySchema = z.object({ path: z.string(), createdAt: z.string(), size: z.number().int() });
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export const RecentMatterSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentMatter = z.infer<typeof RecentMatterSchema>;

export const PatentSummarySchema = z.object({
  id: z.number().int(),
  number: z.string(),
  kind: z.string().nullable(),
  title: z.string().nullable(),
  priorityDate: z.string().nullable(),
  issueDate: z.string().nullable(),
  claimsComplete: z.boolean(),
  importedClaimCount: z.number().int(),
  expectedClaimCount: z.number().int().nullable(),
  note: z.string().nullable(),
});
export type PatentSummary = z.infer<typeof PatentSummarySchema>;

export const ProductSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  maker: z.string().nullable(),
  note: z.string().nullable(),
  sameAsId: z.number().int().nullable(),
});
export type ProductSummary = z.infer<typeof ProductSummarySchema>;

export const documentTypes = ['manual', 'datasheet', 'web-printout', 'produced', 'patent', 'other'] as const;
export const DocumentTypeSchema = z.enum(documentTypes);

export const DocumentSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  shortName: z.string(),
  docType: DocumentTypeSchema,
  pageCount: z.number().int(),
  hasText: z.boolean(),
  batesPrefix: z.string().nullable(),
  batesStart: z.number().int().nullable(),
  confidentiality: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const chartStatuses = ['literal', 'literal-construction', 'equivalents', 'partial', 'not-met', 'needs-evidence'] as const;
export const ChartStatusSchema = z.enum(chartStatuses);
export type ChartStatus = z.infer<typeof ChartStatusSchema>;

export const ChartSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(['infringement', 'invalidity']),
  patentId: z.number().int(),
  productId: z.number().int().nullable(),
  rowCount: z.number().int(),
  statusCounts: z.partialRecord(ChartStatusSchema, z.number().int()),
});
export type ChartSummary = z.infer<typeof ChartSummarySchema>;

export const MatterOverviewSchema = z.object({
  matter: MatterSummarySchema,
  patents: z.array(PatentSummarySchema),
  products: z.array(ProductSummarySchema),
  documents: z.array(DocumentSummarySchema),
  charts: z.array(ChartSummarySchema),
});
export type MatterOverview = z.infer<typeof MatterOverviewSchema>;
