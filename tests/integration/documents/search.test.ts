import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANK_SQL, RANKED_PAGES_SQL } from '../../../electron/services/search/repository';
import { queryExpression } from '../../../electron/services/search/match-expression';
import type { TestApp } from '../../helpers/test-app';
import { useTempDirs } from '../../helpers/temp-dir';
import { createDocumentTestApp, manualText, textPdf, writeFile } from './fixtures';

const tempDir = useTempDirs();
let app: TestApp;
let manualId: number;
let datasheetId: number;
let productId: number;

const MANUAL_PAGES = [
  'Chapter 1. The baseboard management controller (BMC) exposes the host console over Serial over LAN.',
  'The fan controller reads each fan tachometer. Fan speed is configurable through the web interface.',
  'Installing the rack rails: attach the rails to the chassis with four captive screws.',
  `${manualText(1)} The power supply unit reports its status to the management controller.`,
];
const DATASHEET_PAGES = ['KR2280 datasheet: dual-socket server, 32 DIMM slots, redundant power supply, Wi-Fi module optional.'];

beforeAll(async () => {
  app = createDocumentTestApp();
  const dir = tempDir();
  productId = (await app.call('matter.overview', {})).products[0]!.id;
  const manual = writeFile(dir, 'manual.pdf', await textPdf(MANUAL_PAGES, { title: 'KR2280 User Manual' }));
  const datasheet = writeFile(dir, 'datasheet.pdf', await textPdf(DATASHEET_PAGES, { title: 'KR2280 Datasheet' }));
  const first = await app.call('document.import', {
    paths: [manual],
    defaults: { batesPrefix: 'AIVRES_', batesStart: 1234, productIds: [productId] },
  });
  const second = await app.call('document.import', { paths: [datasheet] });
  manualId = (first.outcomes[0] as { documentId: number }).documentId;
  datasheetId = (second.outcomes[0] as { documentId: number }).documentId;
});
afterAll(() => app.dispose());

const pagesOf = (response: { results: { documentId: number; page: number }[] }) =>
  response.results.map((r) => `${r.documentId === manualId ? 'manual' : 'datasheet'}:${r.page}`);

describe('search.query', () => {
  it('finds words anywhere on a page, stemmed (porter)', async () => {
    expect(pagesOf(await app.call('search.query', { query: 'fans configured' }))).toEqual(['manual:2']);
    expect(pagesOf(await app.call('search.query', { query: 'power supply' }))).toEqual(expect.arrayContaining(['manual:4', 'datasheet:1']));
  });

  it('matches phrases in order, prefixes, and OR', async () => {
    expect(pagesOf(await app.call('search.query', { query: '"host console"' }))).toEqual(['manual:1']);
    expect(pagesOf(await app.call('search.query', { query: '"console host"' }))).toEqual([]);
    expect(pagesOf(await app.call('search.query', { query: 'tacho*' }))).toEqual(['manual:2']);
    expect(pagesOf(await app.call('search.query', { query: 'attach OR DIMM' })).sort()).toEqual(['datasheet:1', 'manual:3']);
    expect(pagesOf(await app.call('search.query', { query: 'wi-fi' }))).toEqual(['datasheet:1']);
  });

  it('returns snippets as text with hit spans, a passage located in the page, and the pinpoint cite', async () => {
    const { results } = await app.call('search.query', { query: '"host console"' });
    const [hit] = results;
    expect(hit).toMatchObject({ documentId: manualId, page: 1, bates: 'AIVRES_0001234', cite: 'KR2280 User Manual at AIVRES_0001234', shortName: 'KR2280 User Manual' });
    expect(hit!.snippet.hits.map(([s, e]) => hit!.snippet.text.slice(s, e))).toEqual(['host console']);
    expect(hit!.snippet.text).not.toMatch(/[\u0002\u0003<>]/);
    const page = app.ctx.session.current.db.prepare('SELECT text FROM pages WHERE document_id = ? AND page_number = 1').get(manualId) as { text: string };
    expect(page.text.slice(hit!.passage!.start, hit!.passage!.end)).toBe(hit!.passage!.text);
    expect(hit!.passage!.text).toContain('host console');
    const noBates = (await app.call('search.query', { query: 'DIMM' })).results[0];
    expect(noBates).toMatchObject({ bates: null, cite: 'KR2280 Datasheet at 1' });
  });

  it('ranks with BM25: the page with more of the rarer term comes first', async () => {
    const { results } = await app.call('search.query', { query: 'controller' });
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('filters by document and by product', async () => {
    expect(pagesOf(await app.call('search.query', { query: 'power', documentIds: [datasheetId] }))).toEqual(['datasheet:1']);
    expect(pagesOf(await app.call('search.query', { query: 'power', productId }))).toEqual(['manual:4']);
    expect(pagesOf(await app.call('search.query', { query: 'power', limit: 1 }))).toHaveLength(1);
  });

  it('never fails on hostile input', async () => {
    const hostile = ['', '*', '"', '"""', '"unbalanced', 'AND', 'OR', 'NOT', 'NEAR(a b)', 'a AND', '(', ')', '-', '- -x', 'col:val', 'text:host', '^x', '+', 'NEAR/3', '\u0000', '*host*', '"a" * "b"', "'; DROP TABLE pages; --", 'x'.repeat(2000)];
    for (const query of hostile) {
      await expect(app.call('search.query', { query }), query).resolves.toHaveProperty('results');
    }
    expect((await app.call('search.query', { query: 'OR host OR' })).results.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: 'binary' }), async (query) => {
        const reply = await app.call('search.query', { query });
        expect(Array.isArray(reply.results)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('builds MATCH expressions only from tokens', () => {
    expect(queryExpression('host console')).toBe('"host" AND "console"');
    expect(queryExpression('"host console" fan*')).toBe('"host console" AND "fan" *');
    expect(queryExpression('a OR b c')).toBe('("a" OR "b") AND "c"');
    expect(queryExpression('wi-fi')).toBe('"wi fi"');
    expect(queryExpression('"unclosed phrase')).toBe('"unclosed phrase"');
    expect(queryExpression('NEAR(x) AND y')).toBe('"NEAR x" AND "AND" AND "y"');
    expect(queryExpression('* "" ( )')).toBeNull();
  });

  it('ranks the matches alone, then reads pages and snippets for the ranked rows only', () => {
    const plan = (sql: string, params: object) =>
      (app.ctx.session.current.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((p) => p.detail).join('\n');
    const rank = plan(RANK_SQL, { match: 'x', scoped: 0, documents: null, product: null, limit: 5, offset: 0 });
    expect(rank).toMatch(/SCAN pages_fts VIRTUAL TABLE INDEX 0:M/);
    expect(rank).not.toMatch(/SEARCH p USING INTEGER PRIMARY KEY/);
    const pages = plan(RANKED_PAGES_SQL, { match: 'x', open: '', close: '', ids: '[1, 2]', lowest: 1, highest: 2 });
    // One scan of the matches in the ranked rowids' range, not one evaluation of the expression per rowid.
    expect(pages).toMatch(/SCAN pages_fts VIRTUAL TABLE INDEX 0:M1></);
  });
});

describe('cite format', () => {
  it('is configurable per matter and used by every cite', async () => {
    expect(await app.call('cite.format', {})).toEqual({ batesWidth: 7, withBates: '{short} at {bates}', withoutBates: '{short} at {page}' });
    await app.call('cite.setFormat', { batesWidth: 9, withBates: '{bates}', withoutBates: '{short}, p. {page}' });
    try {
      expect((await app.call('search.query', { query: '"host console"' })).results[0]!.cite).toBe('AIVRES_000001234');
      expect((await app.call('search.query', { query: 'DIMM' })).results[0]!.cite).toBe('KR2280 Datasheet, p. 1');
      expect((await app.call('document.get', { id: manualId })).batesRange).toBe('AIVRES_000001234–AIVRES_000001237');
      await expect(app.call('cite.setFormat', { batesWidth: 7, withBates: '{short}', withoutBates: '{page}' })).rejects.toThrow(/\{bates\}/);
    } finally {
      await app.call('cite.setFormat', { batesWidth: 7, withBates: '{short} at {bates}', withoutBates: '{short} at {page}' });
    }
  });
});

describe('search.pageHits', () => {
  it('gives the hits of a page as text spans and rectangles on the page', async () => {
    const hits = await app.call('search.pageHits', { documentId: manualId, page: 2, query: 'tachometer "web interface"' });
    const page = app.ctx.session.current.db.prepare('SELECT text FROM pages WHERE document_id = ? AND page_number = 2').get(manualId) as { text: string };
    expect(hits.spans.map(([s, e]) => page.text.slice(s, e).replace(/\s+/g, ' '))).toEqual(['tachometer', 'web interface']);
    // "tachometer" sits on the first line (drawn at y = 720, 10 pt); "web interface" wraps onto the second.
    expect(hits.rects.map((r) => r.length)).toEqual([1, 2]);
    type Rect = [number, number, number, number];
    const [[tachometer], [web, interfaceLine]] = hits.rects as [[Rect], [Rect, Rect]];
    expect(tachometer[0]).toBeGreaterThan(72);
    expect(tachometer[1]).toBeGreaterThan(715);
    expect(tachometer[3]).toBeLessThan(732);
    expect(web[1]).toBeCloseTo(tachometer[1], 0);
    expect(interfaceLine[0]).toBeGreaterThanOrEqual(72);
    expect(interfaceLine[0]).toBeLessThan(74);
    expect(interfaceLine[3]).toBeLessThan(web[1]);
    expect(await app.call('search.pageHits', { documentId: manualId, page: 3, query: 'tachometer' })).toEqual({ spans: [], rects: [] });
  });
});

describe('search.like (find evidence for a limitation)', () => {
  it('ranks the page that discloses the limitation first, ignoring claim boilerplate', async () => {
    const evidence = createDocumentTestApp();
    try {
      const dir = tempDir();
      const filler = Array.from({ length: 40 }, (_, i) => manualText(i + 100));
      // Pages that share one or two words with the limitation each, and the one page that has them all.
      filler[7] = `${manualText(7)} The controller is configured to monitor the chassis.`;
      filler[15] = `${manualText(15)} Each fan is hot-swappable; replace a fan with the power on.`;
      filler[23] = `${manualText(23)} An alert is raised when a drive fails.`;
      filler[31] =
        `${manualText(31)} The baseboard management controller monitors the tachometer signal of every fan and ` +
        'generates an alert when a fan fails or spins below its threshold.';
      const corpus = writeFile(dir, 'corpus.pdf', await textPdf(filler, { title: 'Server Manual' }));
      await evidence.call('document.import', { paths: [corpus] });
      const limitation =
        'wherein said management controller is configured to monitor a plurality of fan tachometer signals and to generate an alert upon failure of at least one of said fans';
      const { results, terms } = await evidence.call('search.like', { text: limitation, limit: 5 });
      expect(results[0]).toMatchObject({ page: 32, cite: 'Server Manual at 32' });
      expect(results[0]!.passage?.text).toMatch(/tachometer/);
      const termWords = terms.map((t) => t.term);
      expect(termWords).toEqual(expect.arrayContaining(['tachometer', 'alert', 'fan']));
      for (const boilerplate of ['wherein', 'said', 'configured', 'plurality', 'least', 'the', 'a']) expect(termWords).not.toContain(boilerplate);
      const weight = (term: string) => terms.find((t) => t.term === term)!.weight;
      expect(weight('tachometer')).toBeGreaterThan(weight('fan'));
      expect(await evidence.call('search.like', { text: 'wherein said the a plurality of' })).toEqual({ results: [], terms: [] });
    } finally {
      await evidence.dispose();
    }
  });
});
