import { z } from 'zod';
import { LabelSchemeSchema, MatterSummarySchema } from '../../domain/matter';
import { ParsedPatentSchema, PatentDetailSchema } from '../../domain/patent';
import { inputs, method } from '../define';

const importFormat = z.enum(['text', 'uspto-xml', 'pdf']);
const patentNumber = z.string().trim().min(3).max(40);
/** Where claims come from: a file on disk (or a browser-mode upload's path), or pasted text. */
const claimSource = z.union([
  z.object({ path: inputs.filePath }).strict(),
  z.object({ text: z.string().min(1).max(2_000_000) }).strict(),
]);

export const patentMethods = {
  'patent.get': method(z.object({ id: inputs.id }).strict(), PatentDetailSchema, 'read'),
  'patent.parse': method(
    z.object({ source: claimSource, format: importFormat.optional(), number: patentNumber.optional() }).strict(),
    ParsedPatentSchema,
    'read',
  ),
  'patent.import': method(
    z
      .object({
        source: claimSource,
        format: importFormat.optional(),
        /** Which patent of a multi-document file (USPTO bulk XML), or the number for pasted text. */
        number: patentNumber.optional(),
        /** Fill this patent of the matter: the imported number must match its number. */
        patentId: inputs.id.optional(),
      })
      .strict(),
    PatentDetailSchema,
    'write',
  ),
  'limitation.split': method(
    z.object({ id: inputs.id, offset: z.number().int().min(1).max(1_000_000) }).strict(),
    PatentDetailSchema,
    'write',
  ),
  'limitation.merge': method(z.object({ id: inputs.id }).strict(), PatentDetailSchema, 'write'),
  'limitation.relabel': method(
    z.object({ id: inputs.id, label: z.string().trim().min(1).max(40).nullable() }).strict(),
    PatentDetailSchema,
    'write',
  ),
  'limitation.setMeansPlusFunction': method(
    z.object({ id: inputs.id, terms: z.array(z.string().min(1).max(200)).max(20) }).strict(),
    PatentDetailSchema,
    'write',
  ),
  'claim.setPreambleLimiting': method(z.object({ id: inputs.id, limiting: z.boolean() }).strict(), PatentDetailSchema, 'write'),
  'claims.undo': method(inputs.empty, PatentDetailSchema, 'write'),
  'claims.redo': method(inputs.empty, PatentDetailSchema, 'write'),
  'matter.setLabelScheme': method(z.object({ scheme: LabelSchemeSchema }).strict(), MatterSummarySchema, 'write'),
} as const;
