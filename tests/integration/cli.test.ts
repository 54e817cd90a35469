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
