/**
 * `claimchart export` and `claimchart verify`, run as a user runs them (the built CLI, npm test builds it
 * first): the file and the verification result printed, a failed verification exiting non-zero and
 * writing nothing unless overridden.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../../electron/services/app-context';
import { readCell, writeCell } from '../../../electron/services/charts/cells';
import type { ChartFixture } from './chart-fixture';
import { createChartedApp } from './exported-app';

const bin = resolve(__dirname, '../../../bin/claimchart.js');
let dir: string;
let matter: string;
let fixture: ChartFixture;
let dataDir: string;

function claimchart(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimchart-export-cli-'));
  const charted = await createChartedApp();
  fixture = charted.fixture;
  dataDir = charted.app.dataDir;
  matter = charted.app.ctx.session.current.path;
  await charted.app.ctx.backups.idle();
  charted.app.ctx.session.close();
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

/** Changes a word of the chart's first quote (with the CLI's process closed, like a user's edit in the app). */
async function editFirstQuote(): Promise<void> {
  const ctx = createAppContext({ dataDir: dir, transport: 'in-process' });
  ctx.session.openFile(matter);
  ctx.session.write((db) => {
    const row = fixture.rows[0]!;
    const cell = readCell(db, fixture.chartId, row.limitationId)!;
    const content = cell.content.map((block) =>
      block.type === 'quote' ? { ...block, children: [{ text: block.children.map((c) => c.text).join('').replace('power', 'energy') }] } : block,
    );
    writeCell(db, fixture.chartId, row.limitationId, { ...cell, content });
  });
  await ctx.backups.idle();
  ctx.session.close();
}

describe('claimchart export / verify', () => {
  it('verifies and exports a chart, printing the file and the verification result', () => {
    const verified = claimchart('verify', matter, '--chart', String(fixture.chartId), '--json');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ chartId: fixture.chartId, passed: true, problems: [] });

    const out = join(dir, 'chart.docx');
    const exported = claimchart('export', matter, '--chart', String(fixture.chartId), '--format', 'docx', '-o', out, '--labels', 'upper', '--status');
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\n')[0]).toBe(out);
    expect(exported.stdout).toMatch(/Verification passed: \d+ quotes and \d+ citations checked\./);
    expect(existsSync(out)).toBe(true);

    const defaultName = claimchart('export', matter, '--chart', String(fixture.chartId), '--format', 'packet');
    expect(defaultName.code).toBe(0);
    expect(existsSync(join(dir, `chart-${fixture.chartId}.pdf`))).toBe(true);
  });

  it('exits non-zero on a failed verification and writes nothing, unless overridden (the reason recorded)', async () => {
    await editFirstQuote();
    const all = claimchart('verify', matter, '--json');
    expect(all.code).toBe(1);
    expect(JSON.parse(all.stdout)).toEqual([expect.objectContaining({ passed: false, problems: [expect.objectContaining({ kind: 'quote-not-in-source' })] })]);

    const out = join(dir, 'blocked.csv');
    const blocked = claimchart('export', matter, '--chart', String(fixture.chartId), '--format', 'csv', '-o', out);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toMatch(/Verification FAILED \(1 problem/);
    expect(blocked.stdout).toContain(`Claim 1 ${fixture.rows[0]!.label}:`);
    expect(blocked.stdout).toContain('Nothing was written');
    expect(existsSync(out)).toBe(false);

    const overridden = claimchart('export', matter, '--chart', String(fixture.chartId), '--format', 'csv', '-o', out, '--override', 'Quote checked against the paper original', '--json');
    expect(overridden.code).toBe(0);
    expect(JSON.parse(overridden.stdout)).toMatchObject({ status: 'written', path: out, overrideReason: 'Quote checked against the paper original' });
    expect(existsSync(out)).toBe(true);
  });

  it('explains a wrong command line', () => {
    expect(claimchart('export', matter, '--format', 'docx')).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing --chart ID/) });
    expect(claimchart('export', matter, '--chart', '1', '--format', 'rtf')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format must be one of/) });
    expect(claimchart('--help').stdout).toContain('claimchart export MATTER --chart ID --format docx|html|csv|packet');
  });
});
