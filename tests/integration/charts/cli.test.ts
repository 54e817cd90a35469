import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeMatter } from '../../../electron/services/app-context';
import { useTempDirs } from '../../helpers/temp-dir';
import { createTestApp } from '../../helpers/test-app';
import { addManual } from './fixtures';

// The built command line (npm test builds it first; alone: node scripts/build.mjs --node-only), run as a user would.
const bin = resolve(__dirname, '../../../bin/claimchart.js');
const tempDir = useTempDirs();

function claimchart(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: tempDir() } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let matter: string;
let evidence: ReturnType<typeof addManual>;

/** The sample matter with a product manual and its excerpts, closed so the CLI can open it. */
beforeEach(async () => {
  const app = createTestApp();
  evidence = addManual(app.ctx.session.current.db);
  matter = app.ctx.session.current.path;
  await closeMatter(app.ctx);
  return () => app.dispose();
});

function createChart(patent: string) {
  return claimchart('chart', 'create', matter, '--patent', patent, '--claims', '1,2', '--product', 'Aivres KR2280-X1', '--json');
}

describe('claimchart chart …', () => {
  it('creates a chart from a patent number in any form and a product name', () => {
    const created = createChart('US7634671B2');
    expect(created.code).toBe(0);
    const chart = JSON.parse(created.stdout);
    expect(chart).toMatchObject({
      title: 'US 7,634,671 — Aivres KR2280-X1',
      kind: 'infringement',
      patent: 'US 7,634,671',
      claims: [1, 2],
      products: ['Inspur NF5280M5', 'Aivres KR2280-X1'],
      coverage: { rowCount: 7 },
    });
    expect(chart.rows.map((r: { label: string }) => r.label)).toEqual(['[1pre]', '[1a]', '[1b]', '[1c]', '[1d]', '[1e]', '[2]']);
    expect(chart.rows[1]).toMatchObject({ claimText: 'running an autodiscovery tool to discover the network devices of the managed IT network;', status: 'needs-evidence', cites: [] });
    // The family now has its chart: the same patent against a product the same as this one is refused.
    const again = claimchart('chart', 'create', matter, '--patent', '7634671', '--claims', '1', '--product', 'inspur nf5280m5');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already charts this patent/);
  });

  it('cites an excerpt in a row named by its label, then shows the chart with the row’s text and cites', () => {
    const chart = JSON.parse(createChart('US 7,634,671').stdout);
    const cited = claimchart('chart', 'cite', matter, '--chart', String(chart.id), '--limitation', '1a', '--excerpt', String(evidence.bmc), '--status', 'literal', '--json');
    expect(cited.code).toBe(0);
    expect(JSON.parse(cited.stdout)).toEqual({
      label: '[1a]',
      limitationId: chart.rows[1].limitationId,
      claimNumber: 1,
      claimText: chart.rows[1].claimText,
      status: 'literal',
      text: '“The baseboard management controller (BMC) reports the power consumption of each node.”',
      equivalents: null,
      cites: [{ excerptId: evidence.bmc, cite: 'KR2280 Manual at AIVRES_0001212' }],
      quotesMatch: true,
    });
    claimchart('chart', 'cite', matter, '--chart', String(chart.id), '--limitation', '[2]', '--excerpt', String(evidence.panel));

    const shown = claimchart('chart', 'show', matter, '--chart', String(chart.id), '--json');
    expect(shown.code).toBe(0);
    const detail = JSON.parse(shown.stdout);
    expect(detail.coverage.statusCounts).toMatchObject({ literal: 1, 'needs-evidence': 6 });
    expect(detail.rows[1]).toMatchObject({ label: '[1a]', status: 'literal', cites: [{ excerptId: evidence.bmc }] });
    expect(detail.rows[6]).toMatchObject({ label: '[2]', text: '[Figure: Front panel with the BMC port]', cites: [{ excerptId: evidence.panel, cite: 'KR2280 Manual at AIVRES_0001203' }] });
    expect(shown.stdout).not.toContain('internalNote');

    const text = claimchart('chart', 'show', matter, '--chart', String(chart.id));
    expect(text.stdout).toContain('[1a] [literal] running an autodiscovery tool');
    expect(text.stdout).toContain('— KR2280 Manual at AIVRES_0001212');
  });

  it('refuses bad input with a message and a non-zero exit code, writing nothing', () => {
    const chart = JSON.parse(createChart('7634671').stdout);
    const cases: [string[], number, RegExp][] = [
      [['chart', 'create', matter, '--patent', 'US 1,234,567', '--claims', '1', '--product', 'Aivres 5280M6'], 1, /No patent US 1,234,567/],
      [['chart', 'create', matter, '--patent', '7634671', '--claims', '1,x', '--product', 'Aivres 5280M6'], 2, /--claims must be a positive whole number/],
      [['chart', 'create', matter, '--patent', '7634671', '--claims', '1,42', '--product', 'Aivres 5280M6'], 1, /no claim 42/],
      [['chart', 'create', matter, '--patent', '7634671', '--claims', '1', '--product', 'Nonesuch'], 1, /No single product named "Nonesuch"/],
      [['chart', 'create', matter, '--patent', '7634671', '--claims', '1'], 2, /either --product or --reference/],
      [['chart', 'cite', matter, '--chart', String(chart.id), '--limitation', '9z', '--excerpt', String(evidence.bmc)], 1, /has no row 9z/],
      [['chart', 'cite', matter, '--chart', String(chart.id), '--limitation', '1a', '--excerpt', '999'], 1, /no excerpt with id 999/],
      [['chart', 'cite', matter, '--chart', String(chart.id), '--limitation', '1a', '--excerpt', String(evidence.panel), '--status', 'great'], 2, /--status must be one of/],
      [['chart', 'show', matter, '--chart', '999'], 1, /no chart with id 999/],
    ];
    for (const [args, code, message] of cases) {
      const result = claimchart(...args);
      expect({ args, code: result.code, stdout: result.stdout }).toEqual({ args, code, stdout: '' });
      expect(result.stderr).toMatch(message);
    }
    const shown = JSON.parse(claimchart('chart', 'show', matter, '--chart', String(chart.id), '--json').stdout);
    expect(shown.rows.every((r: { cites: unknown[] }) => r.cites.length === 0)).toBe(true);
    expect(JSON.parse(claimchart('matter', 'info', matter, '--json').stdout).charts).toHaveLength(1);
  });
});
