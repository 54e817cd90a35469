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
    expect(stdout).toContain('claimchart product add MATTER --name NAME [--maker MAKER] [--note NOTE] [--same-as NAME]');
    expect(stdout).toContain('claimchart product list MATTER');
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

  it('adds products, one the same as another, and lists them', () => {
    const file = join(tempDir(), 'acme.claimchart');
    claimchart('matter', 'create', file, '--name', 'Acme v. Widget');
    expect(JSON.parse(claimchart('product', 'list', file, '--json').stdout)).toEqual([]);

    const added = claimchart('product', 'add', file, '--name', 'Widget 2000', '--maker', 'Widget Co.', '--json');
    expect(added.code).toBe(0);
    const widget = JSON.parse(added.stdout);
    expect(widget).toEqual({ id: expect.any(Number), name: 'Widget 2000', maker: 'Widget Co.', note: null, sameAsId: null, sameAs: null });
    const rebrand = claimchart('product', 'add', file, '--name', 'Widget 2000 EU', '--same-as', 'widget 2000');
    expect(rebrand).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Added product \d+ "Widget 2000 EU", the same as "Widget 2000"\.\n$/) });

    const listed = claimchart('product', 'list', file, '--json');
    expect(JSON.parse(listed.stdout)).toEqual([
      widget,
      { id: expect.any(Number), name: 'Widget 2000 EU', maker: null, note: null, sameAsId: widget.id, sameAs: 'Widget 2000' },
    ]);
    expect(claimchart('product', 'list', file).stdout).toMatch(/Widget 2000 \(Widget Co\.\)\n.*Widget 2000 EU — same as Widget 2000/);

    const cases: [string[], number, RegExp][] = [
      [['product', 'add', file], 2, /missing --name NAME/],
      [['product', 'add', file, '--name', 'Widget 2000'], 1, /already has a product named "Widget 2000"/],
      [['product', 'add', file, '--name', 'Gadget', '--same-as', 'Nonesuch'], 1, /No single product named "Nonesuch"/],
      [['product', 'add', file, '--name', ' '], 1, /name/],
      [['product', 'list'], 2, /missing MATTER/],
    ];
    for (const [args, code, message] of cases) {
      const result = claimchart(...args);
      expect({ args, code: result.code, stdout: result.stdout }).toEqual({ args, code, stdout: '' });
      expect(result.stderr).toMatch(message);
    }
    expect(JSON.parse(claimchart('product', 'list', file, '--json').stdout)).toHaveLength(2);
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
