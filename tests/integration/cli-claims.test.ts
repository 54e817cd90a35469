import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printPatent } from '../unit/claims/patent-pdf-fixture';
import { expectParseShape } from '../helpers/claims-json';
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
  it('reports the warnings about the claim set in its summary, each with its claim', () => {
    const file = join(tempDir(), 'claims.txt');
    writeFileSync(
      file,
      'What is claimed is:\n1. A widget comprising:\n5\na base; and a lid.\n2. The widget of claim 1, wherein the lid is hinged.\n5. The widget of claim 1, wherein the base is round.\n',
    );
    const matter = newMatter();
    const { code, stdout } = claimchart('patent', 'import', matter, file, '--number', 'US 7,000,001', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).warnings).toEqual([
      { claim: 1, code: 'artifacts-removed', message: 'Removed 1 line or page number from the text of claim 1.' },
      { claim: 5, code: 'numbering-gap', message: 'Claims 3–4 are missing: the numbering jumps from 2 to 5.' },
    ]);
  });


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

const grantWithGap = `<?xml version="1.0" encoding="UTF-8"?>
<us-patent-grant lang="EN" dtd-version="v4.2 2006-08-23">
<us-bibliographic-data-grant><publication-reference><document-id><country>US</country><doc-number>07000001</doc-number><kind>B1</kind><date>20060214</date></document-id></publication-reference>
<invention-title id="t1">Widget</invention-title></us-bibliographic-data-grant>
<claims id="claims">
<claim id="CLM-00001" num="00001"><claim-text>1. A widget comprising:<claim-text>a base; and</claim-text><claim-text>a lid.</claim-text></claim-text></claim>
<claim id="CLM-00002" num="00002"><claim-text>2. The widget of <claim-ref idref="CLM-00001">claim 1</claim-ref>, wherein the lid is hinged.</claim-text></claim>
<claim id="CLM-00005" num="00005"><claim-text>5. The widget of <claim-ref idref="CLM-00001">claim 1</claim-ref>, wherein the base is round.</claim-text></claim>
</claims>
</us-patent-grant>
`;

describe('claimchart claims parse --json', () => {
  it('prints exactly the documented keys, a gap in the numbering told on the claim after it', () => {
    const file = join(tempDir(), 'US07000001.xml');
    writeFileSync(file, grantWithGap);
    const { code, stdout } = claimchart('claims', 'parse', file, '--json');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { patent: { number: string }; claims: (Record<string, unknown> & { number: number; warnings: unknown[] })[] };
    expectParseShape(output);
    expect(output.patent.number).toBe('US7000001B1');
    expect(output.claims.map((c) => [c.number, c.warnings])).toEqual([
      [1, []],
      [2, []],
      [5, [{ code: 'numbering-gap', message: 'Claims 3–4 are missing: the numbering jumps from 2 to 5.' }]],
    ]);
  });

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
