/**
 * The matter's case details through the RPC table: given at creation, changed field by field with
 * `matter.update`, refused when malformed or when the matter is read-only, and printed in an export's
 * caption ("Case No. …"), which is what they are for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecent } from '../../electron/services/matter/recent';
import { dispatch } from '../../electron/services/rpc/dispatch';
import { contract } from '../../shared/rpc/contract';
import { useTempDirs } from '../helpers/temp-dir';
import { createTestApp, type TestApp } from '../helpers/test-app';

const tempDir = useTempDirs();
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

describe('matter details', () => {
  it('records the court and case number given at creation', async () => {
    const created = await app.call('matter.create', {
      path: join(tempDir(), 'acme.claimchart'),
      name: '  Acme Corp. v. Widget Inc. ',
      court: 'D. Del.',
      caseNumber: '1:25-cv-00042',
    });
    expect(contract['matter.create'].output.parse(created)).toMatchObject({ name: 'Acme Corp. v. Widget Inc.', court: 'D. Del.', caseNumber: '1:25-cv-00042', filedOn: null, defendants: [] });
    expect((await app.call('matter.current', {})).caseNumber).toBe('1:25-cv-00042');
  });

  it('changes only the fields given, clears a field given as null, and announces the change', async () => {
    const path = join(tempDir(), 'acme.claimchart');
    await app.call('matter.create', { path, name: 'Acme v. Widget' });
    const reasons: string[] = [];
    app.ctx.events.listen((channel, payload) => {
      if (channel === 'matter.changed') reasons.push((payload as { reason: string }).reason);
    });

    const first = await app.call('matter.update', { court: 'N.D. Cal.', caseNumber: '4:25-cv-01234', filedOn: '2025-03-14', plaintiff: 'Acme Corp.', defendants: ['Widget Inc.', 'Widget GmbH'] });
    expect(first).toMatchObject({ name: 'Acme v. Widget', court: 'N.D. Cal.', caseNumber: '4:25-cv-01234', filedOn: '2025-03-14', plaintiff: 'Acme Corp.', defendants: ['Widget Inc.', 'Widget GmbH'] });
    expect(reasons).toEqual(['matter-details']);

    const second = await app.call('matter.update', { name: 'Acme Corp. v. Widget Inc.', court: null, defendants: [] });
    expect(second).toMatchObject({ name: 'Acme Corp. v. Widget Inc.', court: null, caseNumber: '4:25-cv-01234', plaintiff: 'Acme Corp.', defendants: [] });
    // What the dashboard reads, and the recent list under the new name.
    expect((await app.call('matter.overview', {})).matter).toEqual(second);
    expect(readRecent(app.dataDir)[0]).toMatchObject({ path, name: 'Acme Corp. v. Widget Inc.' });
  });

  it('refuses malformed details naming the field, and changes nothing', async () => {
    const before = await app.call('matter.current', {});
    const cases: [unknown, RegExp][] = [
      [{ name: '' }, /name/],
      [{ name: '   ' }, /name/],
      [{ name: null }, /name/],
      [{ caseNumber: 'x'.repeat(101) }, /caseNumber/],
      [{ court: '' }, /court/],
      [{ filedOn: '2025-02-30' }, /filedOn: must be a date as YYYY-MM-DD/],
      [{ filedOn: 'March 3' }, /filedOn/],
      [{ defendants: 'Widget Inc.' }, /defendants/],
      [{ defendants: [''] }, /defendants/],
      [{ judge: 'Tigar' }, /judge/],
      [{ path: join(tempDir(), 'other.claimchart') }, /path/],
    ];
    for (const [input, message] of cases) {
      const reply = await dispatch(app.handlers, 'matter.update', input);
      expect({ input, ok: reply.ok }).toEqual({ input, ok: false });
      if (!reply.ok) {
        expect(reply.error.code).toBe('invalid-input');
        expect(reply.error.message).toMatch(message);
      }
    }
    expect(await app.call('matter.current', {})).toEqual(before);
  });

  it('refuses to change a matter open read-only', async () => {
    const path = app.ctx.session.current.path;
    await app.ctx.backups.idle();
    app.ctx.session.openFile(path, { readOnly: true });
    const reply = await dispatch(app.handlers, 'matter.update', { caseNumber: '1:00-cv-1' });
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'read-only' }) });
    expect((await app.call('matter.current', {})).caseNumber).toBe('4:24-cv-02220-JST');
  });

  it('puts the court and case number in an export’s caption', async () => {
    const overview = await app.call('matter.overview', {});
    const patent = overview.patents.find((p) => p.number === 'US 7,634,671')!;
    const product = overview.products.find((p) => p.name === 'Aivres KR2280-X1')!;
    const chart = await app.call('chart.create', { kind: 'infringement', patentId: patent.id, claimNumbers: [1], productId: product.id });
    await app.call('matter.update', { court: 'United States District Court, Northern District of California', caseNumber: '5:25-cv-09999-ABC' });
    const outputPath = join(tempDir(), 'chart.html');
    await app.call('export.run', { chartId: chart.id, format: 'html', outputPath });
    const html = readFileSync(outputPath, 'utf8');
    expect(html).toContain('<p>United States District Court, Northern District of California</p>');
    expect(html).toContain('<p>Case No. 5:25-cv-09999-ABC</p>');

    await app.call('matter.update', { caseNumber: null });
    await app.call('export.run', { chartId: chart.id, format: 'html', outputPath });
    expect(readFileSync(outputPath, 'utf8')).not.toContain('Case No.');
  });
});
