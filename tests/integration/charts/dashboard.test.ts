import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/rpc/dispatch';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { addManual, sampleIds, softDeleteExcerpt } from './fixtures';

let app: TestApp;
let ids: Awaited<ReturnType<typeof sampleIds>>;

beforeEach(async () => {
  app = createTestApp();
  ids = await sampleIds(app);
});
afterEach(() => app.dispose());

describe('the matter dashboard', () => {
  it('shows each patent against each product, a family’s chart in every member’s cell', async () => {
    const chart = await app.call('chart.create', { kind: 'infringement', patentId: ids.patentId, claimNumbers: [1, 2], productId: ids.product('Inspur NF5280M5') });
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: chart.rows[0]!.limitationId, status: 'literal' });
    const dashboard = await app.call('matter.dashboard', {});
    expect(dashboard.products).toHaveLength(6);
    expect(dashboard.products.find((p) => p.id === ids.product('Aivres KR2280-X1'))).toMatchObject({ familyId: ids.product('Inspur NF5280M5') });
    expect(dashboard.patents).toHaveLength(5);
    const patent = dashboard.patents.find((p) => p.id === ids.patentId)!;
    const cell = (name: string) => patent.cells.find((c) => c.productId === ids.product(name))!.charts;
    const progress = { chartId: chart.id, claimNumbers: [1, 2], rowCount: 7, statusCounts: { literal: 1, 'needs-evidence': 6 } };
    expect(cell('Inspur NF5280M5')).toMatchObject([{ ...progress, inherited: false }]);
    expect(cell('Aivres KR2280-X1')).toMatchObject([{ ...progress, inherited: true, productId: ids.product('Inspur NF5280M5') }]);
    expect(cell('Aivres KR2280-X2')).toEqual([]);
    expect(dashboard.patents.filter((p) => p.id !== ids.patentId).every((p) => p.cells.every((c) => c.charts.length === 0))).toBe(true);
  });

  it('counts a row added by a split as needing evidence', async () => {
    const chart = await app.call('chart.create', { kind: 'infringement', patentId: ids.patentId, claimNumbers: [1], productId: ids.product('Aivres 5280M6') });
    const a = chart.rows[1]!;
    await app.call('limitation.split', { id: a.limitationId, offset: a.claimText.indexOf('to discover') });
    const patent = (await app.call('matter.dashboard', {})).patents.find((p) => p.id === ids.patentId)!;
    expect(patent.cells.find((c) => c.productId === ids.product('Inspur IR5280M6'))!.charts).toMatchObject([
      { chartId: chart.id, rowCount: 7, statusCounts: { 'needs-evidence': 7 }, inherited: true },
    ]);
  });

  it('lists a patent’s invalidity charts apart from the product columns', async () => {
    const { documentId } = addManual(app.ctx.session.current.db);
    const chart = await app.call('chart.create', { kind: 'invalidity', patentId: ids.patentId, claimNumbers: [1], documentIds: [documentId] });
    const patent = (await app.call('matter.dashboard', {})).patents.find((p) => p.id === ids.patentId)!;
    expect(patent.invalidity).toMatchObject([{ chartId: chart.id, productId: null, inherited: false, rowCount: 6 }]);
    expect(patent.cells.every((c) => c.charts.length === 0)).toBe(true);
  });
});

describe('product families', () => {
  it('joins and leaves a family, which the dashboard follows', async () => {
    const chart = await app.call('chart.create', { kind: 'infringement', patentId: ids.patentId, claimNumbers: [1], productId: ids.product('Inspur NF5280M5') });
    const family = await app.call('product.setSameAs', { productId: ids.product('Aivres KR2280-X2'), sameAsId: ids.product('Aivres KR2280-X1') });
    // KAYTUS KR2280V2 was already the same as Aivres KR2280-X2, so it comes along.
    expect(family.map((m) => m.name)).toEqual(['Inspur NF5280M5', 'Aivres KR2280-X1', 'Aivres KR2280-X2', 'KAYTUS KR2280V2']);
    expect((await app.call('chart.get', { chartId: chart.id })).family).toHaveLength(4);
    const cellOf = async (name: string) =>
      (await app.call('matter.dashboard', {})).patents.find((p) => p.id === ids.patentId)!.cells.find((c) => c.productId === ids.product(name))!.charts;
    expect(await cellOf('KAYTUS KR2280V2')).toMatchObject([{ chartId: chart.id, inherited: true }]);
    await app.call('product.setSameAs', { productId: ids.product('Aivres KR2280-X2'), sameAsId: null });
    expect(await cellOf('KAYTUS KR2280V2')).toEqual([]);
  });

  it('refuses a "same as" that would close a loop, and unknown products, changing nothing', async () => {
    const links = () => JSON.stringify(app.ctx.session.current.db.prepare('SELECT id, same_as_id FROM products ORDER BY id').all());
    const before = links();
    const nf = ids.product('Inspur NF5280M5');
    for (const [input, code] of [
      [{ productId: nf, sameAsId: ids.product('Aivres KR2280-X1') }, 'invalid-input'],
      [{ productId: nf, sameAsId: nf }, 'invalid-input'],
      [{ productId: 999, sameAsId: nf }, 'not-found'],
      [{ productId: nf, sameAsId: 999 }, 'not-found'],
    ] as const) {
      expect(await dispatch(app.handlers, 'product.setSameAs', input)).toMatchObject({ ok: false, error: { code } });
    }
    expect(links()).toBe(before);
  });

  it('records and clears a product’s identity evidence, refusing excerpts that are gone', async () => {
    const evidence = addManual(app.ctx.session.current.db);
    const product = ids.product('Aivres KR2280-X1');
    const set = await app.call('product.setIdentityExcerpt', { productId: product, excerptId: evidence.panel });
    expect(set.find((m) => m.productId === product)!.identityExcerptId).toBe(evidence.panel);
    softDeleteExcerpt(app.ctx.session.current.db, evidence.bmc);
    expect(await dispatch(app.handlers, 'product.setIdentityExcerpt', { productId: product, excerptId: evidence.bmc })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(app.handlers, 'product.setIdentityExcerpt', { productId: product, excerptId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const cleared = await app.call('product.setIdentityExcerpt', { productId: product, excerptId: null });
    expect(cleared.every((m) => m.identityExcerptId === null)).toBe(true);
  });
});
