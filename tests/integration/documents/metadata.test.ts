import { afterEach, describe, expect, it } from 'vitest';
import { documentTitle, shortNameFor } from '../../../electron/services/documents/names';
import type { TestApp } from '../../helpers/test-app';
import { useTempDirs } from '../../helpers/temp-dir';
import { createDocumentTestApp, pngBytes, textPdf, writeFile } from './fixtures';

const tempDir = useTempDirs();
let app: TestApp;
afterEach(() => app?.dispose());

async function importOne(a: TestApp, pages: string[], title?: string): Promise<number> {
  const path = writeFile(tempDir(), 'doc.pdf', await textPdf(pages, { title }));
  const { outcomes } = await a.call('document.import', { paths: [path] });
  return (outcomes[0] as { documentId: number }).documentId;
}

function ftsIntegrity(a: TestApp): void {
  // Raises "database disk image is malformed" when the index and pages disagree.
  a.ctx.session.current.db.prepare("INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)").run();
}

describe('document metadata', () => {
  it('updates every editable field, clears nullable ones, and replaces the products', async () => {
    app = createDocumentTestApp();
    const [first, second] = (await app.call('matter.overview', {})).products;
    const id = await importOne(app, ['a', 'b', 'c'], 'Original title');
    const updated = await app.call('document.update', {
      id,
      title: 'Inspur NF5280M6 Manual',
      shortName: 'NF5280M6 Manual',
      docType: 'manual',
      productIds: [first!.id, second!.id],
      batesPrefix: 'INSPUR-',
      batesStart: 998,
      confidentiality: 'CONFIDENTIAL',
      sourceUrl: 'https://example.com/m6.pdf',
      accessedOn: '2024-06-30',
    });
    expect(updated).toMatchObject({
      title: 'Inspur NF5280M6 Manual',
      shortName: 'NF5280M6 Manual',
      docType: 'manual',
      productIds: [first!.id, second!.id].sort((x, y) => x - y),
      batesRange: 'INSPUR-0000998–INSPUR-0001000',
      confidentiality: 'CONFIDENTIAL',
    });
    const cleared = await app.call('document.update', { id, productIds: [second!.id], batesPrefix: null, batesStart: null, confidentiality: null });
    expect(cleared).toMatchObject({ productIds: [second!.id], batesPrefix: null, batesStart: null, batesRange: null, confidentiality: null, title: 'Inspur NF5280M6 Manual' });
    await expect(app.call('document.update', { id, docType: 'brochure' as never })).rejects.toThrow(/docType/);
    await expect(app.call('document.update', { id, accessedOn: '30/06/2024' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(app.call('document.update', { id, title: 'x', extra: 1 } as never)).rejects.toThrow(/extra|Unrecognized/i);
    await expect(app.call('document.update', { id: 424_242, title: 'x' })).rejects.toThrow(/no document with id 424242/);
  });

  it('shows up in the matter overview with its summary', async () => {
    app = createDocumentTestApp();
    const id = await importOne(app, ['only page'], 'Overview Doc');
    const overview = await app.call('matter.overview', {});
    expect(overview.documents.find((d) => d.id === id)).toMatchObject({ title: 'Overview Doc', pageCount: 1, hasText: true });
  });
});

describe('document.delete', () => {
  it('removes the document, its pages, its index entries and its bytes', async () => {
    app = createDocumentTestApp();
    const keep = await importOne(app, ['The chassis fan is replaceable.'], 'Keep');
    const drop = await importOne(app, ['The chassis fan is not replaceable.', 'Another chassis page.'], 'Drop');
    expect((await app.call('search.query', { query: 'chassis' })).results).toHaveLength(3);
    const sha = (await app.call('document.get', { id: drop })).sha256;
    expect(await app.call('document.delete', { id: drop })).toEqual({ deleted: true });
    ftsIntegrity(app);
    expect((await app.call('search.query', { query: 'chassis' })).results.map((r) => r.documentId)).toEqual([keep]);
    const db = app.ctx.session.current.db;
    expect(db.prepare('SELECT count(*) AS n FROM pages WHERE document_id = ?').get(drop)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM blobs WHERE sha256 = ?').get(sha)).toEqual({ n: 0 });
    await expect(app.call('document.get', { id: drop })).rejects.toThrow(/no document/);
  });

  it('goes through once the excerpts are deleted, taking their images along', async () => {
    app = createDocumentTestApp();
    const id = await importOne(app, ['A figure of the riser card.'], 'Riser');
    const excerpt = await app.call('excerpt.create', {
      kind: 'region',
      documentId: id,
      page: 1,
      rect: [70, 700, 300, 740],
      imagePngBase64: pngBytes(8, 8).toString('base64'),
    });
    await expect(app.call('document.delete', { id })).rejects.toThrow('"Riser" has 1 excerpt; delete it before deleting the document.');
    await app.call('excerpt.delete', { id: excerpt.id });
    await app.call('document.delete', { id });
    ftsIntegrity(app);
    const db = app.ctx.session.current.db;
    expect(db.prepare('SELECT count(*) AS n FROM excerpts WHERE id = ?').get(excerpt.id)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM blobs WHERE sha256 = ?').get(excerpt.imageSha256)).toEqual({ n: 0 });
  });

  it('keeps the index consistent across imports', async () => {
    app = createDocumentTestApp();
    await importOne(app, ['alpha beta', 'gamma delta'], 'One');
    await importOne(app, ['epsilon'], 'Two');
    expect(() => ftsIntegrity(app)).not.toThrow();
  });
});

describe('default titles and short names', () => {
  it('takes the PDF title unless it names a file, else the file name', () => {
    expect(documentTitle('  KR2280   User Manual ', '/x/a.pdf')).toBe('KR2280 User Manual');
    expect(documentTitle('Microsoft Word - spec_v2.docx', '/x/Aivres_KR2280_Spec.pdf')).toBe('Aivres KR2280 Spec');
    expect(documentTitle('untitled', '/x/scan 0001.PDF')).toBe('scan 0001');
    expect(documentTitle(null, '/x/manual.pdf')).toBe('manual');
  });

  it('shortens a long title at a word boundary for cites', () => {
    expect(shortNameFor('KR2280 User Manual')).toBe('KR2280 User Manual');
    expect(shortNameFor('Inspur NF5280M6 Server User Manual, Revision 2.3, Chapter Three: Management')).toBe('Inspur NF5280M6 Server User Manual, Revision');
    expect(shortNameFor('A'.repeat(80))).toBe('A'.repeat(48));
  });
});
