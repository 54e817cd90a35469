import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parsePatentFile } from '../../../electron/services/patents/parse-file';
import { pdfText, readPatentPdf } from '../../../electron/services/patents/patent-pdf';
import { readPatentPdfText, type PdfTextItem } from '../../../shared/claims/patent-pdf';
import { ClaimImportError } from '../../../shared/claims/types';
import { expectEveryClaimVerbatim } from './helpers';
import { printPatent } from './patent-pdf-fixture';

// US 7,634,671 claims 1-5, as the sample matter has them verbatim.
const claims = [
  '1. A method of determining power consumption of a managed information technology (IT) network comprising network devices having a management-addressable address, the method comprising: running an autodiscovery tool to discover the network devices of the managed IT network; directing management requests to the management-addressable addresses of the network devices to obtain the electric power consumption values of the network devices; centrally collecting the electric power consumption values returned by the network devices; determining whether the collected power consumption value for one of the network devices is beyond a low value or beyond a high value; and triggering an alarm if the collected power consumption value is beyond the low value or beyond the high value.',
  '2. The method of claim 1, wherein the electric power consumption of each network device is a current electric power consumption measured by a sensor.',
  '3. The method of claim 1, further comprising: calculating a total electric power consumption of the managed IT network by adding the electric power consumption values of the network devices, wherein the total electric power consumption is determined at different points of time and a statistical evaluation of the total electric power consumption values associated with the different points of time is performed.',
  '4. The method of claim 1, wherein the electric power consumption value returned by a network device is a nominal electric power consumption value.',
  '5. The method of claim 4, wherein the nominal electric power consumption value of a network device is determined by measuring the current electric power consumption of a device at different points of time and calculating an average thereof.',
];

// Long enough that claim 1 starts low in the left column and goes on in the right one.
const description = [
  'The management-addressable network devices report their consumption when asked. An autodiscovery tool finds the devices of the managed network, and the management station centrally collects the values they return. '.repeat(
    12,
  ),
];

const frontPage = [
  ['(12) United States Patent', '(10) Patent No.: US 7,634,671 B2'],
  ['Frietsch et al.', '(45) Date of Patent: Dec. 15, 2009'],
  ['(54) DETERMINING POWER CONSUMPTION IN IT', ''],
  ['NETWORKS', '(56) References Cited'],
  ['(75) Inventors: Thomas Frietsch, Sindelfingen (DE);', 'U.S. PATENT DOCUMENTS'],
  ['Thomas Trenz, Boeblingen (DE)', '5,918,020 A 6/1999 Blackard'],
  ['(73) Assignee: Hewlett-Packard Development', ''],
  ['Company, L.P., Houston, TX (US)', '(57) ABSTRACT'],
  ['(21) Appl. No.: 11/492,963', 'A method is provided of determining total electric'],
  ['(22) Filed: Jul. 25, 2006', 'power consumption of a managed IT network.'],
];

describe('reading a printed patent PDF', async () => {
  const printed = await printPatent({ number: 'US 7,634,671 B2', frontPage, description, claims });

  it('prints what the test needs: two columns of claims, line numbers, and words hyphenated both ways', async () => {
    const { pages } = await pdfText(printed.bytes);
    const claimsPage = pages[1] ?? [];
    expect(claimsPage.some((i) => i.str === 'What is claimed is:' && i.x < 300)).toBe(true);
    expect(claimsPage.some((i) => /^1\. A method/.test(i.str) && i.x < 300)).toBe(true);
    expect(claimsPage.some((i) => /^2\. The method/.test(i.str) && i.x > 300)).toBe(true);
    expect(claimsPage.filter((i) => /^\d+$/.test(i.str) && Math.abs(i.x + i.width / 2 - 306) < 5).map((i) => i.str)).toContain('15');
    expect(claimsPage.some((i) => i.str === 'US 7,634,671 B2')).toBe(true);
    expect(printed.typesetterSplits.length).toBeGreaterThan(0);
    expect(printed.ownHyphenSplits.length).toBeGreaterThan(0);
  });

  it('reads the claims word for word, with their dependencies', async () => {
    const parsed = await readPatentPdf(printed.bytes);
    expect(parsed.claims.map((c) => `${c.number}. ${c.text}`)).toEqual(claims);
    expect(parsed.claims.map((c) => c.dependsOn)).toEqual([[], [1], [1], [1], [4]]);
    expect(parsed.claims[0]?.limitations.map((l) => l.text.split(' ').slice(0, 2).join(' '))).toEqual([
      'A method',
      'running an',
      'directing management',
      'centrally collecting',
      'determining whether',
      'triggering an',
    ]);
    expectEveryClaimVerbatim(parsed.claims);
    expect(parsed.warnings.every((w) => w.code === 'hyphenation-guessed')).toBe(true);
  });

  it('reads the front page', async () => {
    const { patent } = await readPatentPdf(printed.bytes);
    expect(patent).toEqual({
      number: 'US7634671B2',
      kind: 'B2',
      title: 'DETERMINING POWER CONSUMPTION IN IT NETWORKS',
      applicationNumber: '11/492,963',
      filingDate: '2006-07-25',
      issueDate: '2009-12-15',
      publicationDate: '2009-12-15',
      inventors: ['Thomas Frietsch', 'Thomas Trenz'],
      assignee: 'Hewlett-Packard Development Company, L.P.',
      abstract: null,
    });
  });

  it('is detected as a PDF from its bytes', async () => {
    const parsed = await parsePatentFile(printed.bytes);
    expect(parsed.patent?.number).toBe('US7634671B2');
    expect(parsed.claims).toHaveLength(5);
    await expect(parsePatentFile(printed.bytes, { number: 'US 8,218,566' })).rejects.toMatchObject({
      code: 'number-mismatch',
      message: expect.stringMatching(/^This PDF is patent US7634671B2, not US 8,218,566: nothing was read from it\./),
    });
  });
});

describe('a guessed join in a printed patent', () => {
  it('is told on the claim whose text it is in, not on the claim set', async () => {
    const printed = await printPatent({
      number: 'US 7,634,671 B2',
      frontPage: [['(12) United States Patent', '(10) Patent No.: US 7,634,671 B2']],
      description: ['The devices report their power consumption.'],
      claims: [
        '1. A method comprising: discovering the network devices of the managed IT network with supercalifragilisticexpialidocious routers; and triggering an alarm.',
        '2. The method of claim 1, wherein the alarm is sent to a management station.',
      ],
    });
    expect(printed.typesetterSplits).toContain('supercalifragilisticexpialidocious');
    const parsed = await readPatentPdf(printed.bytes);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.claims.map((c) => c.warnings)).toEqual([
      [
        {
          code: 'hyphenation-guessed',
          message: expect.stringMatching(
            /^Joined words hyphenated at line ends without other evidence in the PDF: “supercali[a-z]*-[a-z]*” → “supercalifragilisticexpialidocious”\. Check them against the PDF\.$/,
          ),
        },
      ],
      [],
    ]);
  });
});

describe('a PDF without claims to read', () => {
  it('refuses a PDF with no text layer, as a scan is', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]).drawRectangle({ x: 50, y: 50, width: 500, height: 700, color: rgb(0.8, 0.8, 0.8) });
    const bytes = await pdf.save();
    await expect(parsePatentFile(bytes)).rejects.toThrowError(ClaimImportError);
    await expect(parsePatentFile(bytes)).rejects.toMatchObject({
      code: 'pdf-no-text',
      message: 'This PDF has no text layer (a scan?): paste the claims or import the USPTO XML instead.',
    });
  });

  it('refuses a damaged PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF\n%%EOF');
    await expect(parsePatentFile(bytes)).rejects.toMatchObject({ code: 'pdf-unreadable' });
  });

  it('refuses a PDF whose text has no claims section', () => {
    const page: PdfTextItem[] = [{ str: 'Quarterly report', x: 72, y: 700, width: 80, height: 12, fontSize: 12 }];
    expect(() => readPatentPdfText([page])).toThrowError(expect.objectContaining({ code: 'no-claims' }));
  });
});

describe('the layout reader on text items', () => {
  const line = (str: string, x: number, y: number): PdfTextItem => ({ str, x, y, width: str.length * 4.5, height: 9, fontSize: 9 });

  it('reads a one-column page top to bottom, the claims starting on the heading’s line', () => {
    const { claimsText } = readPatentPdfText([
      [
        line('I claim: 1. A widget comprising: a base; and a', 72, 700),
        line('lid. 2. The widget of claim 1, wherein the lid is', 72, 688),
        line('hinged.', 72, 676),
      ],
    ]);
    expect(claimsText).toBe('1. A widget comprising: a base; and a lid. 2. The widget of claim 1, wherein the lid is hinged.');
  });

  it('reports a word joined at a line end without evidence in the document', () => {
    const { claimsText, warnings } = readPatentPdfText([
      [line('What is claimed is:', 72, 712), line('1. A widget comprising a flux-', 72, 700), line('capacitor.', 72, 688)],
    ]);
    expect(claimsText).toBe('1. A widget comprising a fluxcapacitor.');
    expect(warnings).toEqual([
      {
        code: 'hyphenation-guessed',
        message: 'Joined words hyphenated at line ends without other evidence in the PDF: “flux-capacitor” → “fluxcapacitor”. Check them against the PDF.',
      },
    ]);
  });
});
