import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { addManual, sampleIds } from './fixtures';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

describe('deleting a cited excerpt', () => {
  it('asks first, naming the rows that cite it, and deletes only when confirmed', async () => {
    const { patentId, product } = await sampleIds(app);
    const productId = product('Aivres KR2280-X1');
    const { documentId, bmc: excerptId } = addManual(app.ctx.session.current.db);
    const chart = await app.call('chart.create', { kind: 'infringement', patentId, claimNumbers: [1], productId });
    await app.call('chart.cite', { chartId: chart.id, limitationId: chart.rows[1]!.limitationId, excerptId });

    await expect(app.call('excerpt.delete', { id: excerptId })).rejects.toThrow(/cited in \[1a\] of ".+"\. Confirm to delete/);
    expect((await app.call('excerpt.list', { documentId })).map((e) => e.id)).toContain(excerptId);

    const deleted = await app.call('excerpt.delete', { id: excerptId, confirmCited: true });
    expect(deleted.deletedAt).not.toBeNull();
    const row = (await app.call('chart.get', { chartId: chart.id })).rows[1]!;
    expect(row.evidence.map((e) => e.problem)).toContain('deleted');
    expect((await app.call('excerpt.restore', { id: excerptId })).deletedAt).toBeNull();
  });
});
