import { afterEach, describe, expect, it } from 'vitest';
import { readBlob } from '../../../electron/services/db/blob-store';
import type { ImportProgress } from '../../../shared/domain/document';
import type { TestApp } from '../../helpers/test-app';
import { useTempDirs } from '../../helpers/temp-dir';
import { createDocumentTestApp, encryptPdf, manualText, pagelessPdf, pdfWithUnreadablePage, scannedPdf, textPdf, writeFile } from './fixtures';

const tempDir = useTempDirs();
let app: TestApp;
afterEach(() => app?.dispose());

function counts(a: TestApp) {
  const db = a.ctx.session.current.db;
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    documents: n('SELECT count(*) AS n FROM documents'),
    pages: n('SELECT count(*) AS n FROM pages'),
    blobs: n('SELECT count(*) AS n FROM blobs'),
  };
}

function progressEvents(a: TestApp): ImportProgress[] {
  const events: ImportProgress[] = [];
  a.ctx.events.listen((channel, payload) => {
    if (channel === 'document.importProgress') events.push(payload as ImportProgress);
  });
  return events;
}

describe('document.import', () => {
  it('imports a text PDF: bytes, title, pages with sizes and labels, index', async () => {
    app = createDocumentTestApp();
    const dir = tempDir();
    const bytes = await textPdf(['Roman page one', 'Roman page two', 'The controller manages the chassis fans.'], {
      title: 'KR2280 User Manual',
      labels: [[0, 'r', 1], [2, 'D', 1]],
    });
    const path = writeFile(dir, 'kr2280.pdf', bytes);
    const { outcomes } = await app.call('document.import', { paths: [path] });
    expect(outcomes).toEqual([
      { status: 'imported', path, documentId: expect.any(Number), title: 'KR2280 User Manual', pageCount: 3, hasText: true, warnings: [] },
    ]);
    const id = (outcomes[0] as { documentId: number }).documentId;
    const detail = await app.call('document.get', { id });
    expect(detail).toMatchObject({ title: 'KR2280 User Manual', shortName: 'KR2280 User Manual', fileName: 'kr2280.pdf', pageCount: 3, hasText: true, byteSize: bytes.length, docType: 'other' });
    expect(await app.call('document.pages', { id })).toEqual([
      { page: 1, label: 'i', width: 612, height: 792, hasText: true },
      { page: 2, label: 'ii', width: 612, height: 792, hasText: true },
      { page: 3, label: '1', width: 612, height: 792, hasText: true },
    ]);
    expect(Buffer.compare(readBlob(app.ctx.session.current.db, detail.sha256)!, Buffer.from(bytes))).toBe(0);
    const hits = await app.call('search.query', { query: 'chassis fans' });
    expect(hits.results.map((r) => [r.documentId, r.page])).toEqual([[id, 3]]);
  });

  it('takes the title from the file name when the PDF has none, and applies the metadata given', async () => {
    app = createDocumentTestApp();
    const overview = await app.call('matter.overview', {});
    const productId = overview.products[0]!.id;
    const path = writeFile(tempDir(), 'Aivres_KR2280_Datasheet.pdf', await textPdf(['Datasheet text']));
    const { outcomes } = await app.call('document.import', {
      paths: [path],
      defaults: {
        docType: 'datasheet',
        productIds: [productId],
        batesPrefix: 'AIVRES_',
        batesStart: 1234,
        confidentiality: 'HIGHLY CONFIDENTIAL – AEO',
        sourceUrl: 'https://example.com/kr2280.pdf',
        accessedOn: '2024-05-01',
      },
    });
    const id = (outcomes[0] as { documentId: number }).documentId;
    expect(await app.call('document.get', { id })).toMatchObject({
      title: 'Aivres KR2280 Datasheet',
      docType: 'datasheet',
      productIds: [productId],
      batesPrefix: 'AIVRES_',
      batesStart: 1234,
      batesRange: 'AIVRES_0001234',
      confidentiality: 'HIGHLY CONFIDENTIAL – AEO',
      sourceUrl: 'https://example.com/kr2280.pdf',
      accessedOn: '2024-05-01',
    });
  });

  it('refuses each kind of bad file with a clear reason and keeps going with the rest of the batch', async () => {
    app = createDocumentTestApp({ maxFileBytes: 64 * 1024 });
    const dir = tempDir();
    const good = await textPdf(['The drive bay holds the server drive.']);
    const paths = {
      notPdf: writeFile(dir, 'notes.pdf', 'Meeting notes, not a PDF at all.\n'),
      empty: writeFile(dir, 'empty.pdf', ''),
      corrupt: writeFile(dir, 'corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x5a)])),
      truncated: writeFile(dir, 'truncated.pdf', good.subarray(0, Math.floor(good.length / 2))),
      encrypted: encryptPdf(dir, good, 'sesame'),
      pageless: writeFile(dir, 'pageless.pdf', await pagelessPdf()),
      tooLarge: writeFile(dir, 'huge.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(70 * 1024, 0x20)])),
      missing: `${dir}/does-not-exist.pdf`,
      good: writeFile(dir, 'good.pdf', good),
    };
    const before = counts(app);
    const { outcomes } = await app.call('document.import', { paths: Object.values(paths) });
    const byPath = Object.fromEntries(outcomes.map((o) => [o.path, o]));
    const refused = (path: string) => byPath[path] as { status: string; code: string; message: string };
    expect(refused(paths.notPdf)).toMatchObject({ status: 'refused', code: 'not-a-pdf', message: expect.stringMatching(/not a PDF/) });
    expect(refused(paths.empty)).toMatchObject({ status: 'refused', code: 'not-a-pdf', message: 'This file is empty.' });
    expect(refused(paths.corrupt)).toMatchObject({ status: 'refused', code: 'damaged-pdf', message: expect.stringMatching(/damaged or truncated/) });
    expect(refused(paths.truncated)).toMatchObject({ status: 'refused', code: 'damaged-pdf' });
    expect(refused(paths.encrypted)).toMatchObject({ status: 'refused', code: 'password-required', message: expect.stringMatching(/password/) });
    expect(refused(paths.pageless)).toMatchObject({ status: 'refused', code: 'no-pages', message: 'This PDF has no pages.' });
    expect(refused(paths.tooLarge)).toMatchObject({ status: 'refused', code: 'too-large', message: 'This file is 71 KiB; ClaimChart imports PDFs up to 64 KiB.' });
    expect(refused(paths.missing)).toMatchObject({ status: 'refused', code: 'unreadable', message: expect.stringMatching(/ENOENT/) });
    expect(byPath[paths.good]).toMatchObject({ status: 'imported', pageCount: 1 });
    const after = counts(app);
    expect(after.documents - before.documents).toBe(1);
    expect(after.pages - before.pages).toBe(1);
    expect(after.blobs - before.blobs).toBe(1);
  });

  it('opens an encrypted PDF with its password, and says so when the password is wrong', async () => {
    app = createDocumentTestApp();
    const dir = tempDir();
    const path = encryptPdf(dir, await textPdf(['Confidential BMC firmware notes']), 'sesame');
    const wrong = await app.call('document.import', { paths: [path], password: 'open' });
    expect(wrong.outcomes[0]).toMatchObject({ status: 'refused', code: 'password-wrong', message: 'The password is wrong for this PDF.' });
    const right = await app.call('document.import', { paths: [path], password: 'sesame' });
    expect(right.outcomes[0]).toMatchObject({ status: 'imported', pageCount: 1, hasText: true });
    const found = await app.call('search.query', { query: 'firmware' });
    expect(found.results).toHaveLength(1);
  });

  it('imports a scanned PDF as viewable but not searchable', async () => {
    app = createDocumentTestApp();
    const path = writeFile(tempDir(), 'scan.pdf', await scannedPdf(2));
    const { outcomes } = await app.call('document.import', { paths: [path] });
    expect(outcomes[0]).toMatchObject({ status: 'imported', pageCount: 2, hasText: false, warnings: [expect.stringMatching(/not searchable/)] });
    const id = (outcomes[0] as { documentId: number }).documentId;
    expect((await app.call('document.get', { id })).hasText).toBe(false);
    expect((await app.call('document.pages', { id })).map((p) => p.hasText)).toEqual([false, false]);
  });

  it('keeps a document with a damaged page: the page stays in place without text, and the outcome names it', async () => {
    app = createDocumentTestApp();
    const pages = ['The fan controller reads each tachometer.', 'Nothing of this page can be read.', 'The chassis intrusion switch signals the BMC.'];
    const path = writeFile(tempDir(), 'damaged-page.pdf', await pdfWithUnreadablePage(pages, 2));
    const [outcome] = (await app.call('document.import', { paths: [path] })).outcomes;
    expect(outcome).toMatchObject({ status: 'imported', pageCount: 3, hasText: true, warnings: ['Page 2 of this PDF is damaged and could not be read: kept in place without text, so not searchable; check it against the original.'] });
    const id = (outcome as { documentId: number }).documentId;
    expect((await app.call('document.pages', { id })).map((p) => p.hasText)).toEqual([true, false, true]);
    expect((await app.call('search.query', { query: 'intrusion switch' })).results.map((r) => r.page)).toEqual([3]);
  });

  it('stores the same file once (SHA-256), whatever its name', async () => {
    app = createDocumentTestApp();
    const dir = tempDir();
    const bytes = await textPdf(['Same content']);
    const first = writeFile(dir, 'a.pdf', bytes);
    const copy = writeFile(dir, 'copy of a.pdf', bytes);
    const { outcomes } = await app.call('document.import', { paths: [first, copy] });
    expect(outcomes[0]).toMatchObject({ status: 'imported' });
    expect(outcomes[1]).toMatchObject({ status: 'duplicate', documentId: (outcomes[0] as { documentId: number }).documentId });
    const db = app.ctx.session.current.db;
    expect((db.prepare("SELECT count(*) AS n FROM blobs WHERE media_type = 'application/pdf'").get() as { n: number }).n).toBe(1);
  });

  it('reports progress: document n of m, pages done of total', async () => {
    app = createDocumentTestApp();
    const dir = tempDir();
    const events = progressEvents(app);
    const paths = [
      writeFile(dir, 'one.pdf', await textPdf(Array.from({ length: 60 }, (_, i) => manualText(i)))),
      writeFile(dir, 'two.pdf', await textPdf(['short'])),
    ];
    const { importId } = await app.call('document.import', { paths, importId: 'progress-test' });
    expect(importId).toBe('progress-test');
    const first = events.filter((e) => e.fileNumber === 1);
    expect(first[0]).toMatchObject({ importId, fileNumber: 1, fileCount: 2, fileName: 'one.pdf', phase: 'reading' });
    expect(first.find((e) => e.phase === 'extracting' && e.pagesDone === 60)).toMatchObject({ pageCount: 60 });
    expect(first.at(-1)).toMatchObject({ phase: 'done', pagesDone: 60, pageCount: 60, outcome: { status: 'imported' } });
    const pagesSeen = first.filter((e) => e.phase === 'extracting').map((e) => e.pagesDone);
    expect(pagesSeen).toEqual([...pagesSeen].sort((a, b) => a - b));
    expect(events.filter((e) => e.fileNumber === 2).at(-1)).toMatchObject({ phase: 'done', fileCount: 2, outcome: { status: 'imported' } });
  });

  it('cancelling leaves nothing of the document being read and reads no further file', async () => {
    app = createDocumentTestApp();
    const dir = tempDir();
    const small = writeFile(dir, 'small.pdf', await textPdf(['The chassis is small.']));
    const large = writeFile(dir, 'large.pdf', await textPdf(Array.from({ length: 600 }, (_, i) => manualText(i, 30))));
    const after = writeFile(dir, 'after.pdf', await textPdf(['Never read.']));
    const before = counts(app);
    app.ctx.events.listen((channel, payload) => {
      const progress = payload as ImportProgress;
      if (channel === 'document.importProgress' && progress.fileNumber === 2 && progress.phase === 'extracting' && progress.pagesDone > 0) {
        void app.call('document.importCancel', { importId: 'cancel-me' });
      }
    });
    const { outcomes } = await app.call('document.import', { paths: [small, large, after], importId: 'cancel-me' });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'refused', 'refused']);
    expect(outcomes[1]).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/nothing of this file was saved/) });
    expect(outcomes[2]).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/before this file was read/) });
    const now = counts(app);
    expect(now.documents - before.documents).toBe(1);
    expect(now.pages - before.pages).toBe(1);
    expect(now.blobs - before.blobs).toBe(1);
    expect(await app.call('document.importCancel', { importId: 'cancel-me' })).toEqual({ cancelled: false });
  });

  it('stops a document that runs past the time limit, and the next one imports', async () => {
    app = createDocumentTestApp({ timeoutMs: 1 });
    const dir = tempDir();
    const slow = writeFile(dir, 'slow.pdf', await textPdf(Array.from({ length: 200 }, (_, i) => manualText(i, 30))));
    const first = await app.call('document.import', { paths: [slow] });
    expect(first.outcomes[0]).toMatchObject({ status: 'refused', code: 'timeout', message: expect.stringMatching(/took longer than/) });
    expect(counts(app).pages).toBe(0);
    await app.dispose();
    app = createDocumentTestApp();
    const second = await app.call('document.import', { paths: [slow] });
    expect(second.outcomes[0]).toMatchObject({ status: 'imported', pageCount: 200 });
  });

  it('splits a large document across workers and keeps page order', async () => {
    app = createDocumentTestApp({ workerCount: 2 });
    const pages = Array.from({ length: 120 }, (_, i) => `Marker page${i + 1}marker ${manualText(i, 3)}`);
    const path = writeFile(tempDir(), 'long.pdf', await textPdf(pages));
    const { outcomes } = await app.call('document.import', { paths: [path] });
    const id = (outcomes[0] as { documentId: number }).documentId;
    const texts = app.ctx.session.current.db
      .prepare('SELECT page_number, text FROM pages WHERE document_id = ? ORDER BY page_number')
      .all(id) as { page_number: number; text: string }[];
    expect(texts).toHaveLength(120);
    texts.forEach((p) => expect(p.text).toContain(`page${p.page_number}marker`));
    const hit = await app.call('search.query', { query: 'page97marker' });
    expect(hit.results.map((r) => r.page)).toEqual([97]);
  });

  it('refuses a title or a Bates start for more than one file, and unknown products', async () => {
    app = createDocumentTestApp();
    const path = writeFile(tempDir(), 'a.pdf', await textPdf(['x']));
    await expect(app.call('document.import', { paths: [path, path], defaults: { batesStart: 1 } })).rejects.toThrow(/one document/);
    await expect(app.call('document.import', { paths: [path], defaults: { productIds: [999_999] } })).rejects.toThrow(/no product with id 999999/);
    await expect(app.call('document.import', { paths: [path], defaults: { sourceUrl: 'javascript:alert(1)' } })).rejects.toThrow(/http\(s\) URL/);
  });

  it('says clearly when the worker has not been built', async () => {
    app = createDocumentTestApp({ workerPath: '/nonexistent/extract-worker.js' });
    const path = writeFile(tempDir(), 'a.pdf', await textPdf(['x']));
    await expect(app.call('document.import', { paths: [path] })).rejects.toThrow(/extraction worker is missing/);
  });
});
