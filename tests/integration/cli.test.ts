import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';

// The built command line (npm test builds it first), run as a user would: `claimchart …`.
const bin = resolve(__dirname, '../../bin/claimchart.js');
const tempDir = useTempDirs();

function claimchart(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: tempDir() } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimchart CLI', () => {
  it('prints help', () => {
    const { code, stdout } = claimchart('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('claimchart matter create FILE.claimchart --name NAME');
    expect(stdout).toContain('claimchart matter info FILE.claimchart');
    expect(stdout).toContain('claimchart matter create FILE.claimchart --name NAME [--court COURT] [--case-number NUMBER]');
    expect(stdout).toContain('claimchart matter set FILE.claimchart [--name NAME] [--court COURT] [--case-number NUMBER]');
  });

  it('creates a matter and reports it as JSON', () => {
    const file = join(tempDir(), 'acme.claimchart');
    const created = claimchart('matter', 'create', file, '--name', 'Acme v. Widget', '--json');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ path: file, name: 'Acme v. Widget', readOnly: false });
    const info = claimchart('matter', 'info', file, '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ matter: { name: 'Acme v. Widget' }, patents: [], documents: [], charts: [] });
  });

  it('records the court and case number, and changes the case details with matter set', () => {
    const file = join(tempDir(), 'acme.claimchart');
    const created = claimchart('matter', 'create', file, '--name', 'Acme v. Widget', '--court', 'N.D. Cal.', '--case-number', '4:25-cv-01234', '--json');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ name: 'Acme v. Widget', court: 'N.D. Cal.', caseNumber: '4:25-cv-01234' });

    const set = claimchart('matter', 'set', file, '--case-number', '4:25-cv-05678-JST', '--court', '', '--defendant', 'Widget Inc.', '--defendant', 'Widget GmbH', '--json');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ name: 'Acme v. Widget', court: null, caseNumber: '4:25-cv-05678-JST', defendants: ['Widget Inc.', 'Widget GmbH'] });

    const renamed = claimchart('matter', 'set', file, '--name', 'Acme Corp. v. Widget Inc.', '--filed', '2025-03-14');
    expect(renamed).toMatchObject({ code: 0, stdout: 'Acme Corp. v. Widget Inc. (4:25-cv-05678-JST)\n' });
    const info = JSON.parse(claimchart('matter', 'info', file, '--json').stdout);
    expect(info.matter).toMatchObject({ name: 'Acme Corp. v. Widget Inc.', court: null, caseNumber: '4:25-cv-05678-JST', filedOn: '2025-03-14', defendants: ['Widget Inc.', 'Widget GmbH'] });

    const nothing = claimchart('matter', 'set', file, '--json');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/give at least one of --name/);
    const badDate = claimchart('matter', 'set', file, '--filed', '14/03/2025');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/filedOn: must be a date as YYYY-MM-DD/);
    const emptyName = claimchart('matter', 'set', file, '--name', '');
    expect(emptyName.code).toBe(1);
    expect(emptyName.stderr).toMatch(/name/);
    expect(JSON.parse(claimchart('matter', 'info', file, '--json').stdout).matter).toEqual(info.matter);
  });

  it('sends errors to stderr with a non-zero exit code', () => {
    const dir = tempDir();
    const notMatter = join(dir, 'notes.claimchart');
    writeFileSync(notMatter, 'hello');
    const refused = claimchart('matter', 'info', notMatter, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/not a ClaimChart matter/);

    const missingName = claimchart('matter', 'create', join(dir, 'x.claimchart'));
    expect(missingName.code).toBe(2);
    expect(missingName.stderr).toMatch(/missing --name/);

    const unknown = claimchart('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);

    const badExtension = claimchart('matter', 'create', join(dir, 'x.txt'), '--name', 'X');
    expect(badExtension.code).toBe(1);
    expect(badExtension.stderr).toMatch(/must end with \.claimchart/);
  });
});
