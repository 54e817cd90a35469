import { z } from 'zod';
import { PatentSummarySchema } from './matter';

export const ClaimWarningSchema = z.object({ code: z.string(), message: z.string() });

export const LimitationSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  kind: z.enum(['preamble', 'element']),
  depth: z.number().int(),
  text: z.string(),
  label: z.string(),
  /** True when the user gave this row its own label instead of the scheme's. */
  labelOverridden: z.boolean(),
  /** Terms of this limitation the user marked as means-plus-function. */
  meansPlusFunctionTerms: z.array(z.string()),
});
export type Limitation = z.infer<typeof LimitationSchema>;

export const ClaimDetailSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  text: z.string(),
  status: z.enum(['active', 'canceled', 'withdrawn']),
  category: z.string(),
  dependsOn: z.array(z.number().int()),
  meansPlusFunction: z.boolean(),
  preambleLimiting: z.boolean(),
  warnings: z.array(ClaimWarningSchema),
  limitations: z.array(LimitationSchema),
});
export type ClaimDetail = z.infer<typeof ClaimDetailSchema>;

export const PatentDetailSchema = PatentSummarySchema.extend({
  applicationNumber: z.string().nullable(),
  inventors: z.array(z.string()),
  assignee: z.string().nullable(),
  abstract: z.string().nullable(),
  sources: z.array(z.string()),
  claims: z.array(ClaimDetailSchema),
});
export type PatentDetail = z.infer<typeof PatentDetailSchema>;

/** A parse result shown before anything is written (the import dialog's preview, `claims parse`). */
export const ParsedPatentSchema = z.object({
  patent: z
    .object({
      number: z.string(),
      kind: z.string().nullable(),
      title: z.string().nullable(),
      applicationNumber: z.string().nullable(),
      filingDate: z.string().nullable(),
      issueDate: z.string().nullable(),
      publicationDate: z.string().nullable(),
      inventors: z.array(z.string()),
      assignee: z.string().nullable(),
      abstract: z.string().nullable(),
    })
    .nullable(),
  claims: z.array(
    z.object({
      number: z.number().int(),
      text: z.string(),
      status: z.enum(['active', 'canceled', 'withdrawn']),
      dependsOn: z.array(z.number().int()),
      category: z.string(),
      meansPlusFunction: z.boolean(),
      preamble: z.string().nullable(),
      transition: z.string().nullable(),
      limitations: z.array(z.object({ label: z.string(), kind: z.enum(['preamble', 'element']), depth: z.number().int(), text: z.string() })),
      warnings: z.array(ClaimWarningSchema),
    }),
  ),
  warnings: z.array(ClaimWarningSchema),
});
export type ParsedPatentView = z.infer<typeof ParsedPatentSchema>;
