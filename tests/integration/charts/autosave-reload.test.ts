import { afterEach, expect, it } from 'vitest';
import { closeMatter } from '../../../electron/services/app-context';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { addManual, sampleIds } from './fixtures';

let app: TestApp;
afterEach(() => app.dispose());

it('has every saved change in the matter file: close the session, reopen the file, all there', async () => {
  app = createTestApp();
  const ids = await sampleIds(app);
  const evidence = addManual(app.ctx.session.current.db);
  const chart = await app.call('chart.create', { kind: 'infringement', patentId: ids.patentId, claimNumbers: [1, 3], productId: ids.product('KAYTUS KR2280V2') });
  const [pre, a] = chart.rows;
  await app.call('chart.cite', { chartId: chart.id, limitationId: a!.limitationId, excerptId: evidence.bmc, status: 'literal-construction' });
  await app.call('chart.updateCell', {
    chartId: chart.id,
    limitationId: pre!.limitationId,
    status: 'equivalents',
    content: [{ type: 'paragraph', children: [{ text: 'The preamble is ' }, { text: 'not limiting', italic: true }, { text: '.' }] }],
    equivalents: { function: 'f', way: 'w', result: 'r' },
    internalNote: 'weak: discuss',
  });
  const before = await app.call('chart.get', { chartId: chart.id });
  const path = app.ctx.session.current.path;

  await closeMatter(app.ctx); // as the app closes a matter: after a backup in progress
  app.ctx.session.openFile(path);

  const after = await app.call('chart.get', { chartId: chart.id });
  expect(after).toEqual(before);
  expect(after.rows[0]).toMatchObject({ status: 'equivalents', internalNote: 'weak: discuss', equivalents: { function: 'f', way: 'w', result: 'r' } });
  expect(after.rows[1]).toMatchObject({ status: 'literal-construction', evidence: [{ excerptId: evidence.bmc, cite: 'KR2280 Manual at AIVRES_0001212' }] });
});
