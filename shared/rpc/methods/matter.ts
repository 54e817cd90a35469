import { z } from 'zod';
import { BackupEntrySchema, MatterDetailsUpdateSchema, MatterOverviewSchema, MatterSummarySchema, RecentMatterSchema } from '../../domain/matter';
import { inputs, method } from '../define';

export const matterMethods = {
  'app.info': method(
    inputs.empty,
    z.object({ version: z.string(), transport: z.enum(['electron', 'browser', 'in-process']) }),
    'read',
  ),
  /**
   * Opens a web link from a PDF in the system browser, after the user confirmed it in the app. Only
   * http(s); `opened` is false where this process has no browser to hand it to.
   */
  'app.openExternal': method(
    z
      .object({
        url: z
          .string()
          .max(2048)
          // shared/ has no URL class; the handler parses it again before handing it on.
          .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http(s) URL'),
      })
      .strict(),
    z.object({ opened: z.boolean() }),
    'read',
  ),
  'matter.current': method(inputs.empty, MatterSummarySchema, 'read'),
  'matter.overview': method(inputs.empty, MatterOverviewSchema, 'read'),
  'matter.recent': method(inputs.empty, z.array(RecentMatterSchema), 'read'),
  'matter.open': method(z.object({ path: inputs.matterPath }).strict(), MatterSummarySchema, 'read'),
  /** A new, empty matter file with its case details (the name at least), opened in place of the current one. */
  'matter.create': method(
    MatterDetailsUpdateSchema.extend({ path: inputs.matterPath, name: MatterDetailsUpdateSchema.shape.name.unwrap() }).strict(),
    MatterSummarySchema,
    'write',
  ),
  /** The open matter's case details (name, court, case number, filing date, parties): only the fields given. */
  'matter.update': method(MatterDetailsUpdateSchema, MatterSummarySchema, 'write'),
  'matter.saveCopy': method(z.object({ path: inputs.matterPath }).strict(), z.object({ path: z.string() }), 'read'),
  'matter.backups': method(inputs.empty, z.array(BackupEntrySchema), 'read'),
  /** Restores one of the open matter's rolling backups (the current state is backed up first). */
  'matter.restoreBackup': method(z.object({ path: inputs.matterPath }).strict(), MatterSummarySchema, 'write'),
} as const;
