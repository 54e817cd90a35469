/**
 * `excerpt.usages`, what an excerpt list shows as "Cited in [1a] of …" in one call: every row citing any of
 * the excerpts asked about, chart by chart in row order, the same rows `excerpt.usage` gives one at a time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/rpc/dispatch';
import { MAX_USAGE_EXCERPTS } from '../../../shared/domain/chart';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { addManual, sampleIds } from './fixtures';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

describe('excerpt.usages', () => {
  it('answers the rows citing each excerpt asked about, across charts, as excerpt.usage does one by one', async () => {
    const { patentId, product } = await sampleIds(app);
    const { documentId, bmc, redfish, panel } = addManual(app.ctx.session.current.db);
    const infringement = await app.call('chart.create', { kind: 'infringement', patentId, claimNumbers: [1], productId: product('Aivres KR2280-X1') });
    const invalidity = await app.call('chart.create', { kind: 'invalidity', patentId, claimNumbers: [1], documentIds: [documentId] });
    const [, row1a, row1b] = infringement.rows;
    await app.call('chart.cite', { chartId: infringement.id, limitationId: row1b!.limitationId, excerptId: bmc });
    await app.call('chart.cite', { chartId: infringement.id, limitationId: row1a!.limitationId, excerptId: bmc });
    await app.call('chart.cite', { chartId: infringement.id, limitationId: row1a!.limitationId, excerptId: panel });
    await app.call('chart.cite', { chartId: invalidity.id, limitationId: invalidity.rows[0]!.limitationId, excerptId: bmc });

    const usages = await app.call('excerpt.usages', { excerptIds: [bmc, redfish, panel, 999_999] });
    const row = (chart: typeof infringement, index: number) => ({ chartId: chart.id, chartTitle: chart.title, limitationId: chart.rows[index]!.limitationId, label: chart.rows[index]!.label });
    // Charts by title (“US 7,634,671 — Aivres…” before “… — invalidity over…”), then in row order.
    expect(usages).toEqual([
      { excerptId: bmc, ...row(infringement, 1) },
      { excerptId: panel, ...row(infringement, 1) },
      { excerptId: bmc, ...row(infringement, 2) },
      { excerptId: bmc, ...row(invalidity, 0) },
    ]);
    for (const excerptId of [bmc, redfish, panel]) {
      const one = await app.call('excerpt.usage', { excerptId });
      expect(usages.filter((u) => u.excerptId === excerptId).map(({ excerptId: _, ...u }) => u)).toEqual(one);
    }
    expect(await app.call('excerpt.usages', { excerptIds: [] })).toEqual([]);
  });

  it('refuses more ids than one list asks about, and ids that are not ids', async () => {
    for (const excerptIds of [Array.from({ length: MAX_USAGE_EXCERPTS + 1 }, (_, i) => i + 1), [0], [1.5], ['1']]) {
      const reply = await dispatch(app.handlers, 'excerpt.usages', { excerptIds });
      expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input', message: expect.stringMatching(/excerptIds/) }) });
    }
  });
});
