/**
 * The evidence several end-to-end tests start from: a generated manual of the sample matter's Aivres
 * KR2280-X1, imported through the app's own services (as the import dialog would), with the product and the
 * patent (US 7,634,671) the charts are made for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/services/handlers';
import { inProcessClient } from '../../electron/services/rpc/dispatch';
import type { ImportMetadata } from '../../shared/domain/document';
import { builtWorkerPath } from '../helpers/test-app';
import { pngBytes, textPdf, writeFile } from '../integration/documents/fixtures';
import type { E2eApp } from './harness';

export interface ImportedManual {
  readonly call: ReturnType<typeof inProcessClient>;
  readonly documentId: number;
  readonly productId: number;
  readonly patentId: number;
  /** A region excerpt of page `page`: a generated picture under the caption `note`. */
  addFigure(page: number, note: string): Promise<number>;
  dispose(): void;
}

export async function importKr2280Manual(app: E2eApp, pages: readonly string[], metadata: ImportMetadata = {}): Promise<ImportedManual> {
  const tempDir = mkdtempSync(join(tmpdir(), 'claimchart-e2e-manual-'));
  const call = inProcessClient(createHandlers(app.ctx, { documents: { workerPath: builtWorkerPath } }));
  const overview = await call('matter.overview', {});
  const product = overview.products.find((p) => p.name === 'Aivres KR2280-X1')!;
  const patent = overview.patents.find((p) => p.number === 'US 7,634,671')!;
  const path = writeFile(tempDir, 'kr2280-manual.pdf', await textPdf([...pages], { title: 'KR2280 User Manual' }));
  const imported = await call('document.import', {
    paths: [path],
    defaults: { title: 'Aivres KR2280-X1 User Manual', shortName: 'KR2280 Manual', docType: 'manual', productIds: [product.id], ...metadata },
  });
  const outcome = imported.outcomes[0]!;
  if (outcome.status !== 'imported') throw new Error(`the manual was not imported: ${JSON.stringify(outcome)}`);
  const documentId = outcome.documentId;
  return {
    call,
    documentId,
    productId: product.id,
    patentId: patent.id,
    addFigure: async (page, note) =>
      (
        await call('excerpt.create', {
          kind: 'region',
          documentId,
          page,
          rect: [72, 600, 540, 720],
          imagePngBase64: pngBytes(240, 80).toString('base64'),
          note,
        })
      ).id,
    dispose: () => rmSync(tempDir, { recursive: true, force: true }),
  };
}
