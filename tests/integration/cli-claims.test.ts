import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printPatent } from '../unit/claims/patent-pdf-fixture';
import { useTempDirs } from '../helpers/temp-dir';

// `claimchart claims parse` and `claimchart patent import` on real files, through the built command line.
const bin = resolve(__dirname, '../../bin/claimchart.js');
const tempDir = useTempDirs();

function claimchart(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: tempDir() } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function newMatter(): string {
  const file = join(tempDir(), 'acme.claimchart');
  expect(claimchart('matter', 'create', file, '--name', 'Acme v. Widget').code).toBe(0);
  return file;
}

describe('claimchart patent import', () => {
  it('refuses a file of another patent than --number, and writes nothing', async () => {
    const printed = await printPatent({
      number: 'US 7,634,671 B2',
      frontPage: [['(12) United States Patent', '(10) Patent No.: US 7,634,671 B2']],
      description: ['The network devices report their power consumption when asked.'],
      claims: ['1. A method comprising: asking each network device; and collecting the values.'],
    });
    const pdf = join(tempDir(), 'US7634671.pdf');
    writeFileSync(pdf, printed.bytes);
    const matter = newMatter();

    const refused = claimchart('patent', 'import', matter, pdf, '--number', 'US 8,218,566', '--json');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/patent US7634671B2, not US 8,218,566/);
    expect(JSON.parse(claimchart('matter', 'info', matter, '--json').stdout)).toMatchObject({ patents: [] });

    const imported = claimchart('patent', 'import', matter, pdf, '--number', 'US 7,634,671', '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ number: 'US 7,634,671', claimCount: 1 });
  });
});

describe('claimchart claims parse --json', () => {
  it('keeps canceled claims, each with a warning, and warns of a withdrawn one', () => {
    const file = join(tempDir(), 'listing.txt');
    writeFileSync(
      file,
      'Claim 1. A widget comprising: a base; and a lid.\n2. (Withdrawn) The widget of claim 1, wherein the lid is red.\n3. (Currently Amended) The widget of claim 1, wherein the base is blue.\n4-5. (Canceled)\n6. (New) The widget of claim 3, wherein the lid is hinged.\n',
    );
    const { code, stdout } = claimchart('claims', 'parse', file, '--json');
    expect(code).toBe(0);
    const { claims } = JSON.parse(stdout) as { claims: { number: number; text: string; warnings: { code: string; message: string }[] }[] };
    expect(claims.map((c) => [c.number, c.text === '', c.warnings.map((w) => w.message)])).toEqual([
      [1, false, []],
      [2, false, ['Claim 2 is withdrawn.']],
      [3, false, []],
      [4, true, ['Claim 4 is canceled.']],
      [5, true, ['Claim 5 is canceled.']],
      [6, false, []],
    ]);
  });
});
