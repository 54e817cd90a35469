/**
 * Evidence for chart tests, written straight into the matter file (the documents service imports real
 * PDFs; these tests need only the rows a chart reads: a document, its pages, excerpts).
 */
import { createHash } from 'node:crypto';
import { writeBlob } from '../../../electron/services/db/blob-store';
import type { Db } from '../../../electron/services/db/open';
import type { PatentDetail } from '../../../shared/domain/patent';
import type { TestApp } from '../../helpers/test-app';

export interface DocumentFixture {
  shortName: string;
  batesPrefix?: string;
  batesStart?: number;
  pages: string[];
}

export function addDocument(db: Db, doc: DocumentFixture): number {
  const sha = createHash('sha256').update(doc.shortName).digest('hex');
  const now = new Date().toISOString();
  writeBlob(db, sha, 'application/pdf', new Uint8Array([0]));
  const id = Number(
    db
      .prepare(
        `INSERT INTO documents (blob_sha256, file_name, title, short_name, bates_prefix, bates_start, page_count, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sha, `${doc.shortName}.pdf`, `${doc.shortName} (title)`, doc.shortName, doc.batesPrefix ?? null, doc.batesStart ?? null, doc.pages.length, now)
      .lastInsertRowid,
  );
  doc.pages.forEach((text, index) => {
    db.prepare('INSERT INTO pages (document_id, page_number, width, height, text) VALUES (?, ?, 612, 792, ?)').run(id, index + 1, text);
  });
  return id;
}

export function addExcerpt(db: Db, documentId: number, e: { page: number; quote: string; kind?: 'text' | 'region'; note?: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO excerpts (document_id, page_number, kind, quote, note, sort_key, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(documentId, e.page, e.kind ?? 'text', e.quote, e.note ?? null, String(e.page).padStart(5, '0'), new Date().toISOString()).lastInsertRowid,
  );
}

export function softDeleteExcerpt(db: Db, excerptId: number): void {
  db.prepare('UPDATE excerpts SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), excerptId);
}

/** The sample matter's US 7,634,671 (claims 1–5) and its products by name. */
export async function sampleIds(app: TestApp) {
  const overview = await app.call('matter.overview', {});
  const patentId = overview.patents.find((p) => p.number === 'US 7,634,671')!.id;
  const product = (name: string) => overview.products.find((p) => p.name === name)!.id;
  const patent: PatentDetail = await app.call('patent.get', { id: patentId });
  return { patentId, patent, product };
}

export const MANUAL_PAGE_12 =
  'The baseboard management controller (BMC) reports the power consumption of each node.\n' +
  'Power readings are ﬁltered over a sliding window and exposed through the Redfish “PowerControl” resource.';

/** A manual with Bates numbers and two excerpts on page 12 (text) and one region on page 3. */
export function addManual(db: Db) {
  const documentId = addDocument(db, {
    shortName: 'KR2280 Manual',
    batesPrefix: 'AIVRES_',
    batesStart: 1201,
    pages: ['Cover', 'Contents', 'Front panel', ...Array.from({ length: 8 }, (_, i) => `page ${i + 4}`), MANUAL_PAGE_12],
  });
  const bmc = addExcerpt(db, documentId, { page: 12, quote: 'The baseboard management controller (BMC) reports the power consumption of each node.' });
  const redfish = addExcerpt(db, documentId, { page: 12, quote: 'Power readings are ﬁltered over a sliding window and exposed through the Redfish “PowerControl” resource.' });
  const panel = addExcerpt(db, documentId, { page: 3, quote: '', kind: 'region', note: 'Front panel with the BMC port' });
  return { documentId, bmc, redfish, panel };
}
