/**
 * The README's "Command line" section, run as written: every line of its example, in order, on a fresh
 * matter, each exiting 0. Only the files it names are made here (a patent's USPTO XML and a product manual);
 * the commands are read from README.md itself, so the README cannot drift from what the CLI does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textPdf } from './documents/fixtures';
import { useTempDirs } from '../helpers/temp-dir';

// The built command line (npm test builds it first; alone: node scripts/build.mjs --node-only).
const bin = resolve(__dirname, '../../bin/claimchart.js');
const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
const tempDir = useTempDirs();

/** The first ```sh block after "## Command line", one command per line. */
function readmeCommands(): string[] {
  const section = readme.slice(readme.indexOf('## Command line'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no ```sh block under "## Command line"');
  return block[1]!.split('\n').filter((line) => line.trim() !== '');
}

/** A command line's words as a POSIX shell splits these: spaces between words, "double quotes" around one. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** A made-up grant under the README's file name: claim 1 with two elements ([1a], [1b]) and claim 2. */
const patentXml = `<?xml version="1.0" encoding="UTF-8"?>
<us-patent-grant lang="EN" dtd-version="v4.2 2006-08-23">
<us-bibliographic-data-grant><publication-reference><document-id><country>US</country><doc-number>07272630</doc-number><kind>B2</kind><date>20070918</date></document-id></publication-reference>
<invention-title id="t1">Monitoring power in a server rack</invention-title></us-bibliographic-data-grant>
<claims id="claims">
<claim id="CLM-00001" num="00001"><claim-text>1. A server system, comprising:
<claim-text>a baseboard management controller that monitors each node of the server; and</claim-text>
<claim-text>a processor configured to monitor the power consumed by each node.</claim-text></claim-text></claim>
<claim id="CLM-00002" num="00002"><claim-text>2. The server system of <claim-ref idref="CLM-00001">claim 1</claim-ref>, wherein the nodes are blades.</claim-text></claim>
</claims>
</us-patent-grant>`;

const manualPages = [
  'Widget 2000 User Manual. Chapter 1: Installation.',
  'Chapter 2: The chassis holds up to eight blade nodes.',
  'Chapter 3: Management. The baseboard management controller reports the power consumption of each node to the console.',
];

describe('the README’s command-line example', () => {
  it('runs in order as written on a fresh matter', async () => {
    const dir = tempDir();
    const home = tempDir();
    writeFileSync(join(dir, 'US07272630B2.xml'), patentXml);
    writeFileSync(join(dir, 'manual.pdf'), await textPdf(manualPages, { title: 'Widget 2000 User Manual' }));

    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThan(5);
    const outputs = new Map<string, string[]>();
    for (const line of commands) {
      const [npx, name, ...args] = words(line);
      expect([npx, name]).toEqual(['npx', 'claimchart']);
      const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: home } });
      expect({ line, code: result.status, stderr: result.stderr }).toEqual({ line, code: 0, stderr: '' });
      const key = args.slice(0, 2).join(' ');
      outputs.set(key, [...(outputs.get(key) ?? []), result.stdout]);
    }
    const json = (key: string, index = 0) => JSON.parse(outputs.get(key)![index]!);

    // What the flow depends on: the product exists before a document names it and a chart is made against it.
    const order = commands.map((line) => words(line).slice(2, 4).join(' '));
    expect(order.indexOf('product add')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('product add')).toBeLessThan(order.indexOf('doc import'));
    expect(commands.find((line) => line.includes(' doc import '))).toContain('--product "Widget 2000"');
    expect(commands.find((line) => line.includes(' chart create '))).toContain('--product "Widget 2000"');

    expect(json('product list')).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Widget 2000', sameAs: null })]));
    const document = json('doc import');
    expect(document).toMatchObject({ status: 'imported', documentId: 1, pageCount: 3 });
    const chart = json('chart create');
    expect(chart.products).toContain('Widget 2000');
    expect(chart.rows.map((r: { label: string }) => r.label)).toEqual(['[1pre]', '[1a]', '[1b]', '[2]']);
    expect(json('chart cite')).toMatchObject({ label: '[1a]', status: 'literal', text: '“reports the power consumption”', quotesMatch: true, cites: [{ excerptId: 1, cite: 'Widget 2000 User Manual at ACME_0000003' }] });

    // The export's caption carries the case number given at matter create.
    const info = JSON.parse(execFileSync(process.execPath, [bin, 'matter', 'info', join(dir, 'acme.claimchart'), '--json'], { encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: home } }));
    expect(info.matter.caseNumber).toBeTruthy();
    const docx = execFileSync('unzip', ['-p', join(dir, 'chart.docx'), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(docx).toContain(`Case No. ${info.matter.caseNumber}`);
    expect(docx).toContain('reports the power consumption');
  });
});
