import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PATENT_FILE_BYTES, MAX_XML_FILE_BYTES, parseClaimSource } from '../../electron/services/patents/import';
import { readUsptoXmlDocument, XML_READ_CHUNK_BYTES } from '../../electron/services/patents/uspto-xml-file';
import { useTempDirs } from '../helpers/temp-dir';
import { grant } from '../helpers/uspto-grant';

// USPTO's weekly full-text file (ipgYYMMDD.xml) is hundreds of concatenated documents, several hundred MB in all.
// Here: ~200 MB of made-up grants and one more at the very end, so the file is twice the 100 MB a patent file may
// be and the last patent is found only by reading all of it. Real grants in a bulk file: tests/corpus/uspto-xml-files.test.ts.

const bin = resolve(__dirname, '../../bin/claimchart.js');

const FILLER_COUNT = 2000;
const FILLER_PADDING = 110 * 1024;


const paragraph = '<p id="p-0001" num="0001">The widget has a base and a lid; the lid is hinged to the base so that it can be opened.</p>\n';
const padding = `<description id="description">\n${paragraph.repeat(Math.ceil(FILLER_PADDING / paragraph.length))}</description>`;
const fillerNumber = (i: number) => String(9_000_000 + i).padStart(8, '0');

let dir: string;
let bulk: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimchart-bulk-'));
  bulk = join(dir, 'ipg070918.xml');
  const fd = openSync(bulk, 'w');
  try {
    for (let i = 0; i < FILLER_COUNT; i++) {
      writeSync(fd, grant(fillerNumber(i), 'B1', padding));
    }
    writeSync(fd, grant('07000001', 'B1', '<abstract id="abstract"><p id="p-0001" num="0000">The last widget.</p></abstract>'));
  } finally {
    closeSync(fd);
  }
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const patentCount = FILLER_COUNT + 1;

async function refusal(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error & { code?: string };
}

describe('a weekly USPTO bulk file', () => {
  it('is larger than a patent file may be', () => {
    expect(statSync(bulk).size).toBeGreaterThan(2 * MAX_PATENT_FILE_BYTES);
  });

  it('gives the patent asked for, read to its end without holding the file', async () => {
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const last = await parseClaimSource({ path: bulk }, { number: 'US 7,000,001 B1' });
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - peakBefore;
    expect(last.patent).toMatchObject({ number: 'US7000001B1', title: 'Widget 07000001' });
    expect(last.claims.map((c) => [c.number, c.dependsOn])).toEqual([
      [1, []],
      [2, [1]],
    ]);
    // The process's peak memory grew by the 8 MiB read buffer and a document or two, not by the file (~230 MB).
    expect(peakGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  it('picks a made-up grant in the middle by its number', async () => {
    const parsed = await parseClaimSource({ path: bulk }, { number: `US ${Number(fillerNumber(1234)).toLocaleString('en-US')}` });
    expect(parsed.patent?.number).toBe(`US${9_001_234}B1`);
    expect(parsed.claims[0]?.text).toBe(`A widget ${fillerNumber(1234)} comprising: a base; and a lid.`);
  });

  it('refuses a number that is not in the file, saying how many patents it holds and naming the first', async () => {
    const error = await refusal(parseClaimSource({ path: bulk }, { number: 'US 7,634,671' }));
    expect(error).toMatchObject({ code: 'unsupported-file' });
    expect(error.message).toBe(
      `Patent US 7,634,671 is not in this file, which holds ${patentCount} patent documents (US9000000B1, US9000001B1, US9000002B1, US9000003B1, US9000004B1, …).`,
    );
  });

  it('asks which patent when no number is given', async () => {
    const error = await refusal(parseClaimSource({ path: bulk }, {}));
    expect(error.message).toBe(
      `This file holds ${patentCount} patent documents (US9000000B1, US9000001B1, US9000002B1, US9000003B1, US9000004B1, …). Say which patent number to import.`,
    );
  });

  it('imports the patent asked for through the command line, and refuses without a number', () => {
    const home = join(dir, 'home');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: home } });
    const matter = join(dir, 'acme.claimchart');
    expect(run('matter', 'create', matter, '--name', 'Acme v. Widget').status).toBe(0);

    const imported = run('patent', 'import', matter, bulk, '--number', '9001999', '--json');
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toMatchObject({ number: 'US 9,001,999', title: 'Widget 09001999', claimCount: 2 });

    const refused = run('claims', 'parse', bulk, '--json');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`This file holds ${patentCount} patent documents (US9000000B1,`);
  });
});

describe('reading USPTO XML in chunks', () => {
  const tempDir = useTempDirs();
  const limits = { maxDocumentBytes: MAX_PATENT_FILE_BYTES };

  it('finds a declaration that straddles two chunks', async () => {
    const second = grant('07000002', 'B1', '');
    for (const before of [1, 2, 5, 6, 7]) {
      // The second document's "<?xml " starts `before` bytes before the first chunk ends.
      const first = grant('07000001', 'B1', '');
      const fill = XML_READ_CHUNK_BYTES - before - first.length;
      const file = join(tempDir(), 'two.xml');
      writeFileSync(file, first.replace('</us-patent-grant>', `<!--${' '.repeat(fill - 8)}-->\n</us-patent-grant>`) + second);
      expect(readFileSync(file).indexOf('<?xml', 10)).toBe(XML_READ_CHUNK_BYTES - before);
      const bytes = await readUsptoXmlDocument(file, 'US 7,000,002', limits);
      expect(Buffer.from(bytes).toString('utf8'), `${before}`).toBe(second);
      const error = await refusal(readUsptoXmlDocument(file, undefined, limits));
      expect(error.message).toMatch(/holds 2 patent documents \(US7000001B1, US7000002B1\)/);
    }
  });

  it('gives a file of one document whole, and does not cut at <?xml-stylesheet', async () => {
    const file = join(tempDir(), 'one.xml');
    const text = `\n${grant('07000001', 'B1', '<?xml-stylesheet href="x.xsl"?>')}`;
    writeFileSync(file, text);
    expect(Buffer.from(await readUsptoXmlDocument(file, undefined, limits)).toString('utf8')).toBe(text);
    expect(Buffer.from(await readUsptoXmlDocument(file, '7000002', limits)).toString('utf8')).toBe(text);
  });

  it('refuses an XML file over 2 GiB, a PDF or text file over 100 MB, and one XML document over 100 MB', async () => {
    const huge = join(tempDir(), 'huge.xml');
    writeFileSync(huge, grant('07000001', 'B1', ''));
    truncateSync(huge, MAX_XML_FILE_BYTES + 1); // sparse: nothing is written
    expect((await refusal(parseClaimSource({ path: huge }, {}))).message).toBe(
      `${huge} is over 2 GiB; a patent file is far smaller, and so is a weekly USPTO bulk XML file.`,
    );

    const text = join(tempDir(), 'claims.txt');
    writeFileSync(text, '1. A widget comprising: a base.\n'.repeat(200));
    truncateSync(text, MAX_PATENT_FILE_BYTES + 1);
    expect((await refusal(parseClaimSource({ path: text }, {}))).message).toMatch(/claims\.txt is over 100 MB; a patent file is far smaller/);

    const one = join(tempDir(), 'one.xml');
    writeFileSync(one, grant('07000001', 'B1', padding));
    truncateSync(one, MAX_PATENT_FILE_BYTES + 1);
    expect((await refusal(parseClaimSource({ path: one }, {}))).message).toBe(`${one} is one XML document of over 100 MB; a patent's XML is far smaller.`);
  });
});
