/**
 * The sample matter that ships with the app: HPE v. Inspur (N.D. Cal. 4:24-cv-02220), built from the public
 * record bundled in electron/assets/hpe-v-inspur.json. Claims go through the same parser as any import;
 * patents whose claim text is incomplete keep `claimsComplete = false`, which the UI shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseClaimsText } from '../../../shared/claims/parse-text';
import sampleJson from '../../assets/hpe-v-inspur.json';
import type { Db } from '../db/open';
import { insertClaims, insertPatent } from '../patents/repository';
import { findProductIdByName, insertProduct, setSameAs } from '../products/repository';
import type { MatterSession } from './session';

const SampleSchema = z.object({
  matter: z.object({
    name: z.string(),
    court: z.string(),
    caseNumber: z.string(),
    filed: z.string(),
    plaintiff: z.string(),
    defendants: z.array(z.string()),
  }),
  accusedProducts: z.array(
    z.object({ name: z.string(), maker: z.string(), note: z.string().optional(), sameAs: z.string().optional() }),
  ),
  patents: z.array(
    z.object({
      number: z.string(),
      kind: z.string(),
      title: z.string().nullable(),
      application: z.string().optional(),
      inventors: z.array(z.string()).optional(),
      assignee: z.string().optional(),
      priorityDate: z.string(),
      issueDate: z.string(),
      claimCount: z.number().int().optional(),
      abstract: z.string().optional(),
      claimsComplete: z.boolean(),
      claims: z.array(z.string()),
      sources: z.array(z.string()),
      note: z.string().optional(),
    }),
  ),
});

export const SAMPLE_MATTER_FILE_NAME = 'HPE v. Inspur (sample).claimchart';

export function sampleMatterPath(dataDir: string): string {
  return join(dataDir, 'Matters', SAMPLE_MATTER_FILE_NAME);
}

function seedSample(db: Db, sample: z.output<typeof SampleSchema>): void {
  for (const product of sample.accusedProducts) {
    insertProduct(db, { name: product.name, maker: product.maker, note: product.note ?? null });
  }
  for (const product of sample.accusedProducts) {
    if (!product.sameAs) continue;
    setSameAs(db, findProductIdByName(db, product.name)!, findProductIdByName(db, product.sameAs) ?? null);
  }
  for (const patent of sample.patents) {
    const patentId = insertPatent(db, {
      number: patent.number,
      kind: patent.kind,
      title: patent.title,
      applicationNumber: patent.application ?? null,
      priorityDate: patent.priorityDate,
      issueDate: patent.issueDate,
      inventors: patent.inventors ?? [],
      assignee: patent.assignee ?? null,
      abstract: patent.abstract ?? null,
      claimsComplete: patent.claimsComplete,
      expectedClaimCount: patent.claimCount ?? null,
      note: patent.note ?? null,
      sources: patent.sources,
    });
    if (patent.claims.length > 0) insertClaims(db, patentId, parseClaimsText(patent.claims.join('\n')).claims);
  }
}

/** Creates the sample matter in the user data folder (once) and opens it. */
export function createSampleMatter(session: MatterSession, dataDir: string): void {
  const sample = SampleSchema.parse(sampleJson);
  const path = sampleMatterPath(dataDir);
  mkdirSync(join(dataDir, 'Matters'), { recursive: true });
  session.createFile(
    path,
    {
      name: sample.matter.name,
      court: sample.matter.court,
      caseNumber: sample.matter.caseNumber,
      filedOn: sample.matter.filed,
      plaintiff: sample.matter.plaintiff,
      defendants: sample.matter.defendants,
    },
    (db) => seedSample(db, sample),
  );
}
