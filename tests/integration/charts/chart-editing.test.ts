import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/rpc/dispatch';
import type { CellContent } from '../../../shared/chart/cell-schema';
import type { ChartDetail } from '../../../shared/domain/chart';
import { contract } from '../../../shared/rpc/contract';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { addManual, sampleIds, softDeleteExcerpt } from './fixtures';

let app: TestApp;
let ids: Awaited<ReturnType<typeof sampleIds>>;
let evidence: ReturnType<typeof addManual>;
let chart: ChartDetail;

beforeEach(async () => {
  app = createTestApp();
  ids = await sampleIds(app);
  evidence = addManual(app.ctx.session.current.db);
  chart = await app.call('chart.create', { kind: 'infringement', patentId: ids.patentId, claimNumbers: [1, 2], productId: ids.product('Inspur NF5280M5') });
});
afterEach(() => app.dispose());

const rowAt = (label: string, detail = chart) => detail.rows.find((r) => r.label === label)!;
const db = () => app.ctx.session.current.db;
const count = (sql: string, ...params: unknown[]) => (db().prepare(sql).get(...params) as { n: number }).n;
/** Everything a chart write touches, to show a refused write left the file as it was. */
const fileState = () => JSON.stringify([db().prepare('SELECT * FROM cells ORDER BY id').all(), db().prepare('SELECT * FROM cell_citations').all()]);

describe('creating a chart', () => {
  it('has one row per limitation of the asserted claims, in claim order, with label and claim text', () => {
    const claims = ids.patent.claims.filter((c) => c.number <= 2);
    expect(chart.rows.map((r) => r.label)).toEqual(claims.flatMap((c) => c.limitations.map((l) => l.label)));
    expect(chart.rows.map((r) => r.label)).toEqual(['[1pre]', '[1a]', '[1b]', '[1c]', '[1d]', '[1e]', '[2]']);
    expect(chart.rows.map((r) => r.claimText)).toEqual(claims.flatMap((c) => c.limitations.map((l) => l.text)));
    expect(chart.rows.every((r) => r.status === 'needs-evidence' && r.evidence.length === 0)).toBe(true);
    expect(chart).toMatchObject({
      title: 'US 7,634,671 — Inspur NF5280M5',
      claimNumbers: [1, 2],
      readOnly: false,
      version: null,
      coverage: { rowCount: 7, statusCounts: { 'needs-evidence': 7, literal: 0 } },
    });
  });

  it('names every member of the product’s family in its heading, with their identity evidence', async () => {
    await app.call('product.setIdentityExcerpt', { productId: ids.product('Aivres KR2280-X1'), excerptId: evidence.bmc });
    const detail = await app.call('chart.get', { chartId: chart.id });
    expect(detail.family).toEqual([
      { productId: ids.product('Inspur NF5280M5'), name: 'Inspur NF5280M5', identityExcerptId: null },
      { productId: ids.product('Aivres KR2280-X1'), name: 'Aivres KR2280-X1', identityExcerptId: evidence.bmc },
    ]);
  });

  it('charts invalidity against a set of prior-art documents', async () => {
    const invalidity = await app.call('chart.create', { kind: 'invalidity', patentId: ids.patentId, claimNumbers: [1], documentIds: [evidence.documentId] });
    expect(invalidity).toMatchObject({ kind: 'invalidity', product: null, family: [], title: 'US 7,634,671 — invalidity over KR2280 Manual' });
    expect(invalidity.references).toEqual([{ documentId: evidence.documentId, shortName: 'KR2280 Manual', title: 'KR2280 Manual (title)' }]);
    expect(invalidity.rows).toHaveLength(6);
  });

  it('refuses what cannot be charted, with a typed error and nothing written', async () => {
    const before = count('SELECT count(*) AS n FROM charts');
    const refused = async (input: unknown) => {
      const reply = await dispatch(app.handlers, 'chart.create', input);
      return reply.ok ? 'accepted' : reply.error.code;
    };
    const base = { kind: 'infringement', patentId: ids.patentId, productId: ids.product('Aivres KR2280-X2') };
    expect(await refused({ ...base, claimNumbers: [1, 99] })).toBe('invalid-input');
    expect(await refused({ ...base, claimNumbers: [] })).toBe('invalid-input');
    expect(await refused({ ...base, claimNumbers: [1, 1] })).toBe('invalid-input');
    expect(await refused({ ...base, claimNumbers: [1], productId: 999 })).toBe('not-found');
    expect(await refused({ ...base, claimNumbers: [1], patentId: 999 })).toBe('not-found');
    expect(await refused({ ...base, claimNumbers: [1], documentIds: [evidence.documentId] })).toBe('invalid-input');
    expect(await refused({ kind: 'invalidity', patentId: ids.patentId, claimNumbers: [1], documentIds: [999] })).toBe('not-found');
    // The family already has a chart of this patent: Aivres KR2280-X1 is the same as Inspur NF5280M5.
    expect(await refused({ ...base, claimNumbers: [1], productId: ids.product('Aivres KR2280-X1') })).toBe('conflict');
    expect(count('SELECT count(*) AS n FROM charts')).toBe(before);
  });
});

describe('editing a row', () => {
  it('saves status, equivalents and note, reports the row, and saving the same values again changes nothing', async () => {
    const target = rowAt('[1b]');
    const equivalents = { function: 'measure power', way: 'BMC sensor polling', result: 'per-node wattage' };
    const saved = await app.call('chart.updateCell', { chartId: chart.id, limitationId: target.limitationId, status: 'equivalents', equivalents, internalNote: 'ask the expert' });
    expect(saved).toMatchObject({ label: '[1b]', status: 'equivalents', equivalents, internalNote: 'ask the expert' });
    const again = await app.call('chart.updateCell', { chartId: chart.id, limitationId: target.limitationId, status: 'equivalents', equivalents, internalNote: 'ask the expert' });
    expect({ ...again, updatedAt: '' }).toEqual({ ...saved, updatedAt: '' });
    // Switching the status away keeps the three prongs for a switch back.
    const literal = await app.call('chart.updateCell', { chartId: chart.id, limitationId: target.limitationId, status: 'literal' });
    expect(literal).toMatchObject({ status: 'literal', equivalents, internalNote: 'ask the expert' });
    const cleared = await app.call('chart.updateCell', { chartId: chart.id, limitationId: target.limitationId, equivalents: null, internalNote: null });
    expect(cleared).toMatchObject({ status: 'literal', equivalents: null, internalNote: null });
  });

  it('keeps cell_citations in step with the content', async () => {
    const limitationId = rowAt('[1c]').limitationId;
    const content: CellContent = [
      { type: 'quote', excerptId: evidence.bmc, children: [{ text: 'reports the power consumption of each node' }] },
      { type: 'figure', excerptId: evidence.panel, caption: 'Front panel', children: [{ text: '' }] },
    ];
    const saved = await app.call('chart.updateCell', { chartId: chart.id, limitationId, content });
    expect(saved.evidence.map((e) => [e.excerptId, e.cite, e.kind])).toEqual([
      [evidence.bmc, 'KR2280 Manual at AIVRES_0001212', 'text'],
      [evidence.panel, 'KR2280 Manual at AIVRES_0001203', 'region'],
    ]);
    const cited = () => (db().prepare('SELECT excerpt_id FROM cell_citations cc JOIN cells c ON c.id = cc.cell_id WHERE c.limitation_id = ? ORDER BY 1').all(limitationId) as { excerpt_id: number }[]).map((r) => r.excerpt_id);
    expect(cited()).toEqual([evidence.bmc, evidence.panel]);
    await app.call('chart.updateCell', { chartId: chart.id, limitationId, content: [content[1]!] });
    expect(cited()).toEqual([evidence.panel]);
  });

  it('cites a text excerpt as a quote and an empty paragraph for commentary, and a region as a figure, at the end of the row', async () => {
    const limitationId = rowAt('[1a]').limitationId;
    await app.call('chart.updateCell', { chartId: chart.id, limitationId, content: [{ type: 'paragraph', children: [{ text: 'The BMC discovers nodes.' }] }] });
    const quoted = await app.call('chart.cite', { chartId: chart.id, limitationId, excerptId: evidence.bmc, status: 'literal' });
    // The quote carries its cite: no chip after it repeats it, only an empty paragraph for commentary.
    expect(quoted.content).toEqual([
      { type: 'paragraph', children: [{ text: 'The BMC discovers nodes.' }] },
      { type: 'quote', excerptId: evidence.bmc, children: [{ text: 'The baseboard management controller (BMC) reports the power consumption of each node.' }] },
      { type: 'paragraph', children: [{ text: '' }] },
    ]);
    // The next excerpt takes the place of that empty paragraph.
    const row = await app.call('chart.cite', { chartId: chart.id, limitationId, excerptId: evidence.panel });
    expect(row.status).toBe('literal');
    expect(row.content.map((b) => b.type)).toEqual(['paragraph', 'quote', 'figure']);
    expect(row.content[2]).toMatchObject({ type: 'figure', excerptId: evidence.panel, caption: 'Front panel with the BMC port' });
    expect(row.quoteChecks).toEqual([{ blockIndex: 1, excerptId: evidence.bmc, matches: true, reason: null, firstMismatchAt: null }]);
  });

  it('tells per quote block whether it still matches its excerpt', async () => {
    const limitationId = rowAt('[1d]').limitationId;
    const quote = (text: string) => ({ type: 'quote' as const, excerptId: evidence.redfish, children: [{ text }] });
    const row = await app.call('chart.updateCell', {
      chartId: chart.id,
      limitationId,
      content: [quote('Power readings are filtered … through the Redfish "PowerControl" resource.'), quote('Power readings are averaged over a sliding window')],
    });
    expect(row.quoteChecks).toEqual([
      { blockIndex: 0, excerptId: evidence.redfish, matches: true, reason: null, firstMismatchAt: null },
      { blockIndex: 1, excerptId: evidence.redfish, matches: false, reason: 'differs', firstMismatchAt: 'Power readings are '.length },
    ]);
  });

  it('refuses content not bound to usable excerpts, with a typed error and nothing written', async () => {
    const limitationId = rowAt('[1a]').limitationId;
    await app.call('chart.cite', { chartId: chart.id, limitationId, excerptId: evidence.bmc });
    softDeleteExcerpt(db(), evidence.redfish);
    const before = fileState();
    const attempts: unknown[] = [
      [{ type: 'table', children: [{ text: 'x' }] }],
      [{ type: 'quote', children: [{ text: 'unbound' }] }],
      [{ type: 'quote', excerptId: 9999, children: [{ text: 'no such excerpt' }] }],
      [{ type: 'paragraph', children: [{ type: 'citation', excerptId: evidence.redfish, children: [{ text: '' }] }] }],
      [{ type: 'figure', excerptId: evidence.bmc, caption: '', children: [{ text: '' }] }],
    ];
    for (const content of attempts) {
      const reply = await dispatch(app.handlers, 'chart.updateCell', { chartId: chart.id, limitationId, content });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const cite = await dispatch(app.handlers, 'chart.cite', { chartId: chart.id, limitationId, excerptId: evidence.redfish });
    expect(cite).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/was deleted/) } });
    const elsewhere = await dispatch(app.handlers, 'chart.updateCell', { chartId: chart.id, limitationId: 999_999, status: 'literal' });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const nothing = await dispatch(app.handlers, 'chart.updateCell', { chartId: chart.id, limitationId });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(fileState()).toBe(before);
  });

  it('keeps saving a row whose excerpt was deleted after it was cited, and shows the problem', async () => {
    const limitationId = rowAt('[1a]').limitationId;
    const cited = await app.call('chart.cite', { chartId: chart.id, limitationId, excerptId: evidence.bmc });
    softDeleteExcerpt(db(), evidence.bmc);
    const row = await app.call('chart.updateCell', { chartId: chart.id, limitationId, content: [...cited.content, { type: 'paragraph', children: [{ text: 'more' }] }] });
    expect(row.evidence).toMatchObject([{ excerptId: evidence.bmc, problem: 'deleted' }]);
  });
});

describe('rows follow the claim’s split', () => {
  it('keeps cell contents through a split and a merge of limitations, and shows a row added by a split', async () => {
    const a = rowAt('[1a]');
    const b = rowAt('[1b]');
    await app.call('chart.cite', { chartId: chart.id, limitationId: a.limitationId, excerptId: evidence.bmc, status: 'literal' });
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: a.limitationId, internalNote: 'strong' });
    await app.call('chart.cite', { chartId: chart.id, limitationId: b.limitationId, excerptId: evidence.redfish, status: 'partial' });
    const citedA = (await app.call('chart.get', { chartId: chart.id })).rows[1]!.content;

    const split = await app.call('limitation.split', { id: a.limitationId, offset: a.claimText.indexOf('to discover') });
    const newId = split.claims[0]!.limitations[2]!.id;
    let detail = await app.call('chart.get', { chartId: chart.id });
    expect(detail.rows.map((r) => r.label)).toEqual(['[1pre]', '[1a]', '[1b]', '[1c]', '[1d]', '[1e]', '[1f]', '[2]']);
    expect(rowAt('[1a]', detail)).toMatchObject({ limitationId: a.limitationId, claimText: 'running an autodiscovery tool', status: 'literal', content: citedA, internalNote: 'strong' });
    expect(rowAt('[1b]', detail)).toMatchObject({ limitationId: newId, status: 'needs-evidence', updatedAt: null, evidence: [] });
    expect(detail.coverage.rowCount).toBe(8);
    const written = await app.call('chart.updateCell', { chartId: chart.id, limitationId: newId, status: 'not-met' });
    expect(written).toMatchObject({ label: '[1b]', status: 'not-met' });

    await app.call('limitation.merge', { id: a.limitationId }); // [1a] + the split-off part
    await app.call('limitation.merge', { id: a.limitationId }); // + the old [1b]
    detail = await app.call('chart.get', { chartId: chart.id });
    const merged = rowAt('[1a]', detail);
    expect(merged.claimText).toBe(`${a.claimText} ${b.claimText}`);
    expect(merged.evidence.map((e) => e.excerptId)).toEqual([evidence.bmc, evidence.redfish]);
    expect(merged.content.filter((block) => block.type === 'quote')).toHaveLength(2);
    expect(merged.internalNote).toBe('strong');
    expect(detail.rows).toHaveLength(6);
    expect(await app.call('excerpt.usage', { excerptId: evidence.redfish })).toEqual([
      { chartId: chart.id, chartTitle: chart.title, limitationId: a.limitationId, label: '[1a]' },
    ]);
  });
});

describe('coverage and excerpt usage', () => {
  it('counts rows per status and finds the next row that needs evidence', async () => {
    const [pre, a, b] = chart.rows;
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: pre!.limitationId, status: 'literal' });
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: b!.limitationId, status: 'partial' });
    const coverage = await app.call('chart.coverage', { chartId: chart.id, afterLimitationId: a!.limitationId });
    expect(coverage).toEqual({
      rowCount: 7,
      statusCounts: { literal: 1, 'literal-construction': 0, equivalents: 0, partial: 1, 'not-met': 0, 'needs-evidence': 5 },
      nextNeedsEvidence: { limitationId: rowAt('[1c]').limitationId, label: '[1c]' },
    });
    expect((await app.call('chart.coverage', { chartId: chart.id })).nextNeedsEvidence?.label).toBe('[1a]');
  });

  it('lists the rows citing an excerpt, across charts, and refuses an unknown excerpt', async () => {
    const other = await app.call('chart.create', { kind: 'infringement', patentId: ids.patentId, claimNumbers: [1], productId: ids.product('Aivres KR2280-X2') });
    await app.call('chart.cite', { chartId: chart.id, limitationId: rowAt('[1c]').limitationId, excerptId: evidence.bmc });
    await app.call('chart.cite', { chartId: chart.id, limitationId: rowAt('[1a]').limitationId, excerptId: evidence.bmc });
    await app.call('chart.cite', { chartId: other.id, limitationId: other.rows[0]!.limitationId, excerptId: evidence.bmc });
    // By chart title, then in row order.
    expect(await app.call('excerpt.usage', { excerptId: evidence.bmc })).toEqual([
      { chartId: other.id, chartTitle: 'US 7,634,671 — Aivres KR2280-X2', limitationId: other.rows[0]!.limitationId, label: '[1pre]' },
      { chartId: chart.id, chartTitle: 'US 7,634,671 — Inspur NF5280M5', limitationId: rowAt('[1a]').limitationId, label: '[1a]' },
      { chartId: chart.id, chartTitle: 'US 7,634,671 — Inspur NF5280M5', limitationId: rowAt('[1c]').limitationId, label: '[1c]' },
    ]);
    expect(await app.call('excerpt.usage', { excerptId: evidence.panel })).toEqual([]);
    await expect(app.call('excerpt.usage', { excerptId: 9999 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('answers with output that matches the contract', async () => {
    await app.call('chart.cite', { chartId: chart.id, limitationId: rowAt('[1a]').limitationId, excerptId: evidence.bmc });
    const detail = await app.call('chart.get', { chartId: chart.id });
    expect(contract['chart.get'].output.strict().parse(detail)).toEqual(detail);
    expect(contract['chart.get'].output.shape.rows.element.strict().parse(detail.rows[1])).toEqual(detail.rows[1]);
    const dashboard = await app.call('matter.dashboard', {});
    expect(contract['matter.dashboard'].output.parse(dashboard)).toEqual(dashboard);
  });
});
