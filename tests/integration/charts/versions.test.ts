import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/rpc/dispatch';
import type { ChartDetail } from '../../../shared/domain/chart';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { addManual, sampleIds, softDeleteExcerpt } from './fixtures';

let app: TestApp;
let evidence: ReturnType<typeof addManual>;
let chart: ChartDetail;

beforeEach(async () => {
  app = createTestApp();
  const ids = await sampleIds(app);
  evidence = addManual(app.ctx.session.current.db);
  chart = await app.call('chart.create', { kind: 'infringement', patentId: ids.patentId, claimNumbers: [1], productId: ids.product('Inspur NF5280M5') });
});
afterEach(() => app.dispose());

const limitation = (label: string) => chart.rows.find((r) => r.label === label)!.limitationId;
const paragraph = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];
const db = () => app.ctx.session.current.db;

/** The state served on 2025-01-15: [1a] cited and literal, [1b] with words and a note. */
async function serve() {
  await app.call('chart.cite', { chartId: chart.id, limitationId: limitation('[1a]'), excerptId: evidence.bmc, status: 'literal' });
  await app.call('chart.updateCell', { chartId: chart.id, limitationId: limitation('[1b]'), status: 'partial', content: paragraph('The BMC reads power per node.'), internalNote: 'thin' });
  return app.call('chart.saveVersion', { chartId: chart.id, name: 'Served 2025-01-15' });
}

describe('chart versions', () => {
  it('saves, lists newest first, and opens a version read-only in the shape of chart.get', async () => {
    const served = await serve();
    expect(served).toMatchObject({ chartId: chart.id, name: 'Served 2025-01-15' });
    // Later edits do not reach the version, nor do later cite changes.
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: limitation('[1b]'), status: 'not-met', content: paragraph('Nothing.') });
    db().prepare("UPDATE documents SET short_name = 'Renamed'").run();
    const second = await app.call('chart.saveVersion', { chartId: chart.id, name: 'Draft' });
    expect((await app.call('chart.versions', { chartId: chart.id })).map((v) => v.id)).toEqual([second.id, served.id]);

    const opened = await app.call('chart.version', { versionId: served.id });
    expect(opened).toMatchObject({ id: chart.id, readOnly: true, version: served, title: chart.title });
    expect(opened.rows.map((r) => r.label)).toEqual(chart.rows.map((r) => r.label));
    expect(opened.rows[1]).toMatchObject({ status: 'literal', evidence: [{ excerptId: evidence.bmc, cite: 'KR2280 Manual at AIVRES_0001212' }] });
    expect(opened.rows[1]!.quoteChecks).toMatchObject([{ matches: true }]);
    expect(opened.rows[2]).toMatchObject({ status: 'partial', content: paragraph('The BMC reads power per node.'), internalNote: 'thin' });
    expect(opened.coverage.statusCounts).toMatchObject({ literal: 1, partial: 1, 'needs-evidence': 4 });
    expect((await app.call('chart.get', { chartId: chart.id })).rows[1]!.evidence[0]!.cite).toBe('Renamed at AIVRES_0001212');
  });

  it('compares a version with the chart now: rows changed, evidence added and removed, a word diff', async () => {
    const served = await serve();
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: limitation('[1a]'), content: paragraph('See the front panel.') });
    await app.call('chart.cite', { chartId: chart.id, limitationId: limitation('[1a]'), excerptId: evidence.panel });
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: limitation('[1b]'), content: paragraph('The BMC reads power for every node.') });
    const comparison = await app.call('chart.compare', { versionId: served.id });
    expect(comparison).toMatchObject({ chartId: chart.id, version: served, unchangedRowCount: 4 });
    expect(comparison.rows.map((r) => [r.label, r.change])).toEqual([['[1a]', 'changed'], ['[1b]', 'changed']]);
    expect(comparison.rows[0]).toMatchObject({ statusBefore: 'literal', statusAfter: 'literal', evidenceAdded: [evidence.panel], evidenceRemoved: [evidence.bmc] });
    expect(comparison.rows[1]!.textDiff).toEqual([
      { op: 'equal', text: 'The BMC reads power ' },
      { op: 'removed', text: 'per' },
      { op: 'added', text: 'for every' },
      { op: 'equal', text: ' node.' },
    ]);
    expect(comparison.rows[1]).toMatchObject({ evidenceAdded: [], evidenceRemoved: [], noteChanged: false, statusBefore: 'partial' });
  });

  it('restores a version in one step, saving the chart as it was first so the restore can be undone', async () => {
    const served = await serve();
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: limitation('[1a]'), status: 'not-met', content: paragraph('Withdrawn.') });
    const edited = await app.call('chart.get', { chartId: chart.id });

    const restored = await app.call('chart.restoreVersion', { versionId: served.id });
    expect(restored.savedBefore.name).toBe('Before restoring “Served 2025-01-15”');
    expect(restored.skippedRows).toEqual([]);
    expect(restored.chart.rows[1]).toMatchObject({ status: 'literal', evidence: [{ excerptId: evidence.bmc }] });
    expect(restored.chart.rows[2]).toMatchObject({ status: 'partial', internalNote: 'thin' });
    const cited = db().prepare('SELECT count(*) AS n FROM cell_citations cc JOIN cells c ON c.id = cc.cell_id WHERE c.limitation_id = ?').get(limitation('[1a]')) as { n: number };
    expect(cited.n).toBe(1);

    const undone = await app.call('chart.restoreVersion', { versionId: restored.savedBefore.id });
    const strip = (d: ChartDetail) => d.rows.map(({ updatedAt: _, ...row }) => row);
    expect(strip(undone.chart)).toEqual(strip(edited));
  });

  it('leaves out rows whose limitation was merged away since, and keeps rows added since', async () => {
    const served = await serve();
    await app.call('limitation.merge', { id: limitation('[1a]') });
    const restored = await app.call('chart.restoreVersion', { versionId: served.id });
    expect(restored.skippedRows).toEqual([{ limitationId: limitation('[1b]'), label: '[1b]' }]);
    expect(restored.chart.rows).toHaveLength(5);
    expect(restored.chart.rows[1]).toMatchObject({ label: '[1a]', status: 'literal' });
    expect(restored.chart.rows[1]!.evidence.map((e) => e.excerptId)).toEqual([evidence.bmc]);
  });

  it('refuses to restore a version citing an excerpt deleted since, writing nothing, not even the safety version', async () => {
    const served = await serve();
    await app.call('chart.updateCell', { chartId: chart.id, limitationId: limitation('[1a]'), content: paragraph('replaced') });
    softDeleteExcerpt(db(), evidence.bmc);
    const cells = () => JSON.stringify(db().prepare('SELECT * FROM cells ORDER BY id').all());
    const before = cells();
    const reply = await dispatch(app.handlers, 'chart.restoreVersion', { versionId: served.id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/\[1a\] of “Served 2025-01-15”.*was deleted/) } });
    expect(cells()).toBe(before);
    expect(await app.call('chart.versions', { chartId: chart.id })).toHaveLength(1);
  });

  it('refuses unknown versions and charts, and blank names', async () => {
    for (const [method, input, code] of [
      ['chart.version', { versionId: 999 }, 'not-found'],
      ['chart.compare', { versionId: 999 }, 'not-found'],
      ['chart.restoreVersion', { versionId: 999 }, 'not-found'],
      ['chart.versions', { chartId: 999 }, 'not-found'],
      ['chart.saveVersion', { chartId: 999, name: 'x' }, 'not-found'],
      ['chart.saveVersion', { chartId: chart.id, name: '   ' }, 'invalid-input'],
      ['chart.saveVersion', { chartId: chart.id, name: 'x'.repeat(201) }, 'invalid-input'],
    ] as const) {
      expect(await dispatch(app.handlers, method, input)).toMatchObject({ ok: false, error: { code } });
    }
    expect(await app.call('chart.versions', { chartId: chart.id })).toEqual([]);
  });
});
