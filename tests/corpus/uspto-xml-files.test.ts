/**
 * The real USPTO grants of ../shared/data as files: `claimchart claims parse --json` prints exactly the
 * documented shape for one, and in a weekly bulk file (the two grants around a made-up one) each is found by
 * its number however it is written, and parses as it does alone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimSource } from '../../electron/services/patents/import';
import { expectParseShape } from '../helpers/claims-json';
import { useTempDirs } from '../helpers/temp-dir';
import { grant } from '../helpers/uspto-grant';

const samplesDir = resolve(__dirname, '../../../shared/data/uspto-xml');
const sample935 = join(samplesDir, 'US06970935.xml');
const sample630 = join(samplesDir, 'US07272630B2.xml');
const bin = resolve(__dirname, '../../bin/claimchart.js');
const tempDir = useTempDirs();

describe('real USPTO grants as files', () => {
  it('claims parse --json prints exactly the documented keys for a real grant', () => {
    const run = spawnSync(process.execPath, [bin, 'claims', 'parse', sample630, '--json'], { encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: tempDir() } });
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { patent: { number: string }; claims: Record<string, unknown>[] };
    expectParseShape(output);
    expect(output.patent.number).toBe('US7272630B2');
    expect(output.claims).toHaveLength(17);
  });

  it('in a bulk file, each is found by its number however it is written, and parses as it does alone', async () => {
    const bulk = join(tempDir(), 'ipg070918.xml');
    writeFileSync(bulk, Buffer.concat([readFileSync(sample935), Buffer.from(grant('07000001', 'B1', '')), readFileSync(sample630)]));
    for (const number of ['US 7,272,630 B2', '7272630', 'US07272630B2', 'U.S. Pat. No. 7,272,630']) {
      const parsed = await parseClaimSource({ path: bulk }, { number });
      expect(parsed.patent?.number, number).toBe('US7272630B2');
      expect(parsed.claims).toHaveLength(17);
    }
    expect(await parseClaimSource({ path: bulk }, { number: 'US 6,970,935' })).toEqual(await parseClaimSource({ path: sample935 }, {}));
    expect(await parseClaimSource({ path: bulk }, { number: 'US 7,272,630' })).toEqual(await parseClaimSource({ path: sample630 }, {}));
  });
});
