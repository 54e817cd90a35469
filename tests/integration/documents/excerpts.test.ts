import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobInfo, readBlob } from '../../../electron/services/db/blob-store';
import type { TestApp } from '../../helpers/test-app';
import { useTempDirs } from '../../helpers/temp-dir';
import { createDocumentTestApp, pngBytes, scannedPdf, textPdf, writeFile } from './fixtures';

const tempDir = useTempDirs();
let app: TestApp;
let manualId: number;
let scanId: number;
let productId: number;

beforeAll(async () => {
  app = createDocumentTestApp();
  const dir = tempDir();
  productId = (await app.call('matter.overview', {})).products[1]!.id;
  const manual = writeFile(
    dir,
    'manual.pdf',
    await textPdf(
      [
        'Overview of the platform.',
        'The BMC firmware is configu-\nrable from the web interface. The "Serial over LAN" console is enabled by default.\nA second paragraph lower on the page mentions the fan tachometer.',
      ],
      { title: 'KR2280 User Manual' },
    ),
  );
  const scan = writeFile(dir, 'scan.pdf', await scannedPdf(1));
  const imported = await app.call('document.import', { paths: [manual], defaults: { batesPrefix: 'AIVRES_', batesStart: 41, productIds: [productId] } });
  manualId = (imported.outcomes[0] as { documentId: number }).documentId;
  scanId = ((await app.call('document.import', { paths: [scan] })).outcomes[0] as { documentId: number }).documentId;
});
afterAll(() => app.dispose());

describe('text excerpts', () => {
  it('stores the quote exactly as given, with rectangles read from the PDF and the derived cite', async () => {
    const excerpt = await app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote: 'configurable from the web interface', tags: ['bmc'] });
    expect(excerpt).toMatchObject({
      documentId: manualId,
      page: 2,
      kind: 'text',
      quote: 'configurable from the web interface',
      cite: 'KR2280 User Manual at AIVRES_0000042',
      tags: ['bmc'],
      note: null,
      deletedAt: null,
      imageSha256: null,
    });
    // "configu-" ends the first line (y = 720) and "rable from the web interface" starts the second.
    expect(excerpt.rects).toHaveLength(2);
    expect(excerpt.rects[0]![1]).toBeGreaterThan(excerpt.rects[1]![3]);
    // Sorted by its first line: 65 points from the top, starting at "configu-".
    expect(excerpt.sortKey).toMatch(/^00002\|0006\d\|001[67]\d$/);
  });

  it('finds a quote whatever the spacing, line-end hyphens, ligatures and quote marks', async () => {
    for (const quote of [
      'configu- rable  from the\nweb interface',
      'The \u201CSerial over LAN\u201D console',
      'BMC ﬁrmware is',
      'BMC firmware is configurable',
    ]) {
      const excerpt = await app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote });
      expect(excerpt.quote).toBe(quote);
      expect(excerpt.rects.length).toBeGreaterThan(0);
    }
  });

  it('refuses a quote that is not on the page, and text excerpts on a page without text', async () => {
    await expect(app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 1, quote: 'web interface' })).rejects.toThrow(
      'The quote is not on page 1 of "KR2280 User Manual"',
    );
    await expect(app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote: 'web interfaces are secure' })).rejects.toThrow(/not on page 2/);
    // A typed quote is cut at whole words: "MC firmware" is not a quote of "BMC firmware".
    for (const quote of ['MC firmware is configurable', 'mentions the fan tach']) {
      await expect(app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote })).rejects.toThrow(/begins and ends with whole words/);
    }
    await expect(app.call('excerpt.create', { kind: 'text', documentId: scanId, page: 1, quote: 'anything' })).rejects.toThrow(/no text layer: make a region excerpt/);
    await expect(app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 9, quote: 'x' })).rejects.toThrow('The document has 2 pages; there is no page 9.');
  });

  it('keeps rectangles given by the viewer, and refuses ones off the page or not finite', async () => {
    const rects: [number, number, number, number][] = [[72, 700, 300, 712]];
    const excerpt = await app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote: 'Serial over LAN', rects });
    expect(excerpt.rects).toEqual(rects);
    expect(excerpt.sortKey).toBe('00002|00080|00072');
    await expect(app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote: 'Serial over LAN', rects: [[72, 700, 700, 712]] })).rejects.toThrow(
      /Rectangle 1 lies outside page 2/,
    );
    await expect(app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote: 'Serial over LAN', rects: [[72, 700, Number.NaN, 712]] })).rejects.toThrow(
      /rects\.0\.2: .*expected number, received NaN/,
    );
    await expect(app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote: 'Serial over LAN', rects: [[72, 700, Infinity, 712]] })).rejects.toThrow(
      /rects\.0\.2/,
    );
    await expect(app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote: 'Serial over LAN', rects: [[300, 700, 72, 712]] })).rejects.toThrow(
      /x1 < x2/,
    );
  });
});

describe('region excerpts', () => {
  it('stores the PNG once in blobs and reads the text under the region from the PDF', async () => {
    const png = pngBytes(40, 20);
    const rect: [number, number, number, number] = [60, 700, 560, 730];
    const excerpt = await app.call('excerpt.create', { kind: 'region', documentId: manualId, page: 2, rect, imagePngBase64: png.toString('base64'), note: 'figure' });
    expect(excerpt).toMatchObject({ kind: 'region', rects: [rect], note: 'figure', imageSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(excerpt.quote).toMatch(/BMC firmware is configu/);
    expect(blobInfo(app.ctx.session.current.db, excerpt.imageSha256!)?.mediaType).toBe('image/png');
    expect(readBlob(app.ctx.session.current.db, excerpt.imageSha256!)?.equals(png)).toBe(true);
    const onScan = await app.call('excerpt.create', { kind: 'region', documentId: scanId, page: 1, rect, imagePngBase64: png.toString('base64'), text: 'Figure 3' });
    expect(onScan).toMatchObject({ quote: 'Figure 3', imageSha256: excerpt.imageSha256, cite: 'scan at 1' });
  });

  it('refuses an image that is not a PNG', async () => {
    const rect: [number, number, number, number] = [60, 700, 560, 730];
    await expect(app.call('excerpt.create', { kind: 'region', documentId: manualId, page: 2, rect, imagePngBase64: Buffer.from('GIF89a....').toString('base64') })).rejects.toThrow(/not a PNG/);
    await expect(app.call('excerpt.create', { kind: 'region', documentId: manualId, page: 2, rect, imagePngBase64: '!!not base64!!' })).rejects.toThrow(/not valid base64/);
  });
});

describe('listing, editing, deleting and restoring', () => {
  it('lists by document, product, tag and text; updates note, tags and rectangles; deletes softly and restores', async () => {
    const created = await app.call('excerpt.create', { kind: 'text', documentId: manualId, page: 2, quote: 'fan tachometer', tags: ['cooling'] });
    const byTag = await app.call('excerpt.list', { tag: 'cooling' });
    expect(byTag.map((e) => e.id)).toEqual([created.id]);
    expect((await app.call('excerpt.list', { text: 'TACHOMETER' })).map((e) => e.id)).toEqual([created.id]);
    expect((await app.call('excerpt.list', { productId })).every((e) => e.documentId === manualId)).toBe(true);
    const perDocument = await app.call('excerpt.list', { documentId: manualId });
    expect(perDocument.map((e) => e.sortKey)).toEqual([...perDocument.map((e) => e.sortKey)].sort());
    expect(perDocument.some((e) => e.documentId === scanId)).toBe(false);

    const updated = await app.call('excerpt.update', { id: created.id, note: 'shows monitoring', tags: ['cooling', 'claim 1[b]'], rects: [[72, 600, 200, 612]] });
    expect(updated).toMatchObject({ note: 'shows monitoring', tags: ['cooling', 'claim 1[b]'], rects: [[72, 600, 200, 612]], sortKey: '00002|00180|00072', quote: 'fan tachometer' });
    await expect(app.call('excerpt.update', { id: created.id, rects: [[72, 600, 200, 900]] })).rejects.toThrow(/outside page 2/);

    const deleted = await app.call('excerpt.delete', { id: created.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await app.call('excerpt.list', { tag: 'cooling' })).map((e) => e.id)).toEqual([]);
    expect((await app.call('excerpt.list', { tag: 'cooling', includeDeleted: true })).map((e) => e.id)).toEqual([created.id]);
    const restored = await app.call('excerpt.restore', { id: created.id });
    expect(restored).toMatchObject({ deletedAt: null, note: 'shows monitoring' });
    expect((await app.call('excerpt.list', { tag: 'cooling' })).map((e) => e.id)).toEqual([created.id]);
    await expect(app.call('excerpt.delete', { id: 987_654 })).rejects.toThrow(/no excerpt with id 987654/);
  });

  it('a moved region gets its new picture and the text now under it', async () => {
    const rect: [number, number, number, number] = [60, 700, 560, 730];
    const region = await app.call('excerpt.create', { kind: 'region', documentId: manualId, page: 2, rect, imagePngBase64: pngBytes(40, 20).toString('base64') });
    const elsewhere: [number, number, number, number] = [60, 60, 560, 120];
    const newPicture = pngBytes(50, 30);
    const moved = await app.call('excerpt.update', { id: region.id, rects: [elsewhere], imagePngBase64: newPicture.toString('base64') });
    expect(moved.rects).toEqual([elsewhere]);
    expect(moved.imageSha256).not.toBe(region.imageSha256);
    expect(moved.quote).not.toBe(region.quote);
    expect(readBlob(app.ctx.session.current.db, moved.imageSha256!)?.equals(newPicture)).toBe(true);
    await expect(app.call('excerpt.update', { id: region.id, imagePngBase64: newPicture.toString('base64') })).rejects.toThrow(/new image comes with/);
  });

  it('a region excerpt keeps exactly one rectangle', async () => {
    const region = (await app.call('excerpt.list', { documentId: scanId }))[0]!;
    await expect(app.call('excerpt.update', { id: region.id, rects: [[1, 1, 2, 2], [3, 3, 4, 4]] })).rejects.toThrow(/exactly one rectangle/);
  });
});

describe('documents with excerpts', () => {
  it('refuses to delete a document while excerpts point at it, saying how many', async () => {
    const live = (await app.call('excerpt.list', { documentId: manualId })).length;
    expect(live).toBeGreaterThan(1);
    await expect(app.call('document.delete', { id: manualId })).rejects.toThrow(`"KR2280 User Manual" has ${live} excerpts; delete them before deleting the document.`);
    expect((await app.call('document.get', { id: manualId })).excerptCount).toBe(live);
  });
});
