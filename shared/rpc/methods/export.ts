import { z } from 'zod';
import { ExportChoicesSchema, ExportRequestSchema, ExportResultSchema, VerificationReportSchema } from '../../domain/export';
import { inputs, method } from '../define';

/** Exports of a chart and the quote verification that gates them. */
export const exportMethods = {
  /** The export dialog's choices and defaults (the matter's label scheme and cite format). */
  'export.options': method(inputs.empty, ExportChoicesSchema, 'read'),
  /** Checks every quote against its page and every citation's excerpt; writes nothing. */
  'export.verify': method(z.object({ chartId: inputs.id }).strict(), VerificationReportSchema, 'read'),
  /** Verifies, then writes the file and records the export (with any override); blocked when verification fails. */
  'export.run': method(ExportRequestSchema, ExportResultSchema, 'write'),
} as const;
