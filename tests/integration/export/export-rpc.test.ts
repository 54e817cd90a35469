/**
 * The export RPC as the export dialog uses it: the choices and defaults, an export without a path (browser
 * mode) written under the user data folder and served from /binary/export/<id>, the label scheme and cite
 * format options, and the boundary refusing what it must.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBinary } from '../../../electron/services/blobs';
import { useTempDirs } from '../../helpers/temp-dir';
import type { TestApp } from '../../helpers/test-app';
import type { ChartFixture } from './chart-fixture';
import { createChartedApp } from './exported-app';

const tempDir = useTempDirs();
let app: TestApp;
let fixture: ChartFixture;

beforeAll(async () => {
  ({ app, fixture } = await createChartedApp());
}, 60_000);
afterAll(() => app?.dispose());

async function csvOf(options: Record<string, unknown>): Promise<string> {
  const outputPath = join(tempDir(), 'chart.csv');
  await app.call('export.run', { chartId: fixture.chartId, format: 'csv', outputPath, options });
  return readFileSync(outputPath, 'utf8');
}

describe('export RPC', () => {
  it('offers the formats and options, with the matter’s label scheme and cite format as defaults', async () => {
    const choices = await app.call('export.options', {});
    expect(choices.formats).toEqual(['docx', 'html', 'csv', 'packet']);
    expect(choices.paperSizes).toEqual(['letter', 'a4']);
    expect(choices.defaults).toMatchObject({
      paper: 'letter',
      labelScheme: 'bracket',
      citeFormat: { batesWidth: 7, withBates: '{short} at {bates}' },
      includeStatus: false,
      includeEquivalents: true,
      fontFamily: 'Times New Roman',
      fontSizePt: 11,
    });
  });

  it('writes under the user data folder’s Exports/ when no path is given, and serves the file for download', async () => {
    const result = await app.call('export.run', { chartId: fixture.chartId, format: 'docx' });
    if (result.status !== 'written') throw new Error('expected a written export');
    expect(result.path.startsWith(join(app.dataDir, 'Exports'))).toBe(true);
    expect(result.fileName).toMatch(/\.docx$/);
    expect(result.downloadUrl).toBe(`/binary/export/${result.exportId}`);
    const served = readBinary(app.ctx, `/export/${result.exportId}`);
    expect(served.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.from(served.read(0, served.size)).equals(readFileSync(result.path))).toBe(true);
    expect(served.size).toBe(result.byteSize);
    expect(() => readBinary(app.ctx, `/export/${result.exportId + 1}`)).toThrow(/not available/);
  });

  it('labels rows with the chosen scheme and words cites with the chosen format', async () => {
    const csv = await csvOf({
      labelScheme: 'decimal',
      citeFormat: { batesWidth: 5, withBates: 'Ex. {short}, {bates}', withoutBates: '{title}, p. {page}' },
    });
    expect(csv).toContain('"1","1.0",');
    expect(csv).toContain('"1","1.1",');
    expect(csv).toContain('Ex. KR2280 Manual, AIVRES_01234');
    expect(csv).not.toContain('KR2280 Manual at');
    expect(await csvOf({})).toContain('"1","[1pre]",');
  });

  it('captions an invalidity chart with its references', async () => {
    const chart = await app.call('chart.create', { kind: 'invalidity', patentId: (await app.call('matter.overview', {})).patents.find((p) => p.number === 'US 7,634,671')!.id, claimNumbers: [2], documentIds: [fixture.datasheetId] });
    const outputPath = join(tempDir(), 'invalidity.html');
    await app.call('export.run', { chartId: chart.id, format: 'html', outputPath });
    const html = readFileSync(outputPath, 'utf8');
    expect(html).toContain('Invalidity Chart — U.S. Patent No. 7,634,671 — KR2280 Datasheet');
    expect(html).toContain('<th>KR2280 Datasheet</th>');
  });

  it('refuses inputs outside the contract', async () => {
    const run = (input: Record<string, unknown>) => app.call('export.run', { chartId: fixture.chartId, format: 'docx', ...input } as never);
    await expect(run({ format: 'pdf' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(run({ colour: 'red' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(run({ options: { fontFamily: 'Times</w:rFonts>' } })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(run({ options: { fontSizePt: 40 } })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(run({ options: { templatePath: '/tmp/firm.dotm' } })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(run({ outputPath: 'a\0b.docx' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(run({ override: { reason: '' } })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(app.call('export.verify', { chartId: 999_999 })).rejects.toMatchObject({ code: 'not-found' });
  });
});
