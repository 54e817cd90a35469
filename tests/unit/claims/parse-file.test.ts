import { describe, expect, it } from 'vitest';
import { detectFormat, parsePatentFile } from '../../../electron/services/patents/parse-file';
import { ClaimImportError } from '../../../shared/claims/types';

const bytes = (text: string) => new TextEncoder().encode(text);
const grant = (claims: string) => `<?xml version="1.0" encoding="UTF-8"?>
<us-patent-grant lang="EN" dtd-version="v4.2 2006-08-23">
<us-bibliographic-data-grant><publication-reference><document-id><country>US</country><doc-number>07000001</doc-number><kind>B1</kind><date>20060214</date></document-id></publication-reference>
<invention-title id="t1">Widget</invention-title></us-bibliographic-data-grant>
${claims}
</us-patent-grant>`;

async function refusal(input: Uint8Array, options = {}): Promise<ClaimImportError> {
  const error = await parsePatentFile(input, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClaimImportError);
  return error as ClaimImportError;
}

describe('detecting the format', () => {
  it('tells a PDF, USPTO XML and text apart', () => {
    expect(detectFormat(bytes('%PDF-1.7\n…'))).toBe('pdf');
    expect(detectFormat(bytes('\n\n%PDF-1.4\n…'))).toBe('pdf');
    expect(detectFormat(bytes('<?xml version="1.0"?><us-patent-grant/>'))).toBe('uspto-xml');
    expect(detectFormat(bytes('<us-patent-application/>'))).toBe('uspto-xml');
    expect(detectFormat(bytes('\uFEFF1. A widget comprising: a base.'))).toBe('text');
  });

  it('parses text, a patent XML and Word’s UTF-16 text', async () => {
    const text = await parsePatentFile(bytes('What is claimed is:\n1. A widget comprising: a base.\n2. The widget of claim 1, wherein the base is round.'));
    expect(text.patent).toBeNull();
    expect(text.claims.map((c) => c.dependsOn)).toEqual([[], [1]]);

    const xml = await parsePatentFile(bytes(grant('<claims id="claims"><claim id="CLM-00001" num="00001"><claim-text>1. A widget comprising: a base.</claim-text></claim></claims>')));
    expect(xml.patent).toMatchObject({ number: 'US7000001B1', title: 'Widget', issueDate: '2006-02-14' });
    expect(xml.claims.map((c) => c.text)).toEqual(['A widget comprising: a base.']);

    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'1. A widget comprising: a base.'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await parsePatentFile(utf16)).claims.map((c) => c.text)).toEqual(['A widget comprising: a base.']);
  });

  it('reads text with Word’s field markers, keeping each field’s result and dropping its code', async () => {
    const withFields = bytes(
      '1. A widget comprising: a base \u0013 REF _Ref1 \\h \u0014(see FIG. 1)\u0015; a lid \u0013 SEQ Fig \u00141\u0015; and a hinge \u0013 PAGE \u00142\u0015.\n2. The widget of claim 1, wherein the lid is “clear”.\n',
    );
    const parsed = await parsePatentFile(withFields);
    expect(parsed.claims.map((c) => c.text)).toEqual([
      'A widget comprising: a base (see FIG. 1); a lid 1; and a hinge 2.',
      'The widget of claim 1, wherein the lid is “clear”.',
    ]);
    expect(parsed.claims.map((c) => c.dependsOn)).toEqual([[], [1]]);
    const warnings = [...parsed.warnings, ...parsed.claims.flatMap((c) => c.warnings)];
    expect(warnings.map((w) => w.message).join(' ')).toContain('3 Word field codes');
  });

  it('honours a format given by the caller', async () => {
    const asText = await parsePatentFile(bytes('1. A widget comprising: a base.'), { format: 'text' });
    expect(asText.claims).toHaveLength(1);
    expect((await refusal(bytes('1. A widget comprising: a base.'), { format: 'uspto-xml' })).code).toBe('not-a-patent');
  });
});

describe('refusing what holds no claims', () => {
  it('refuses an empty file', async () => {
    const error = await refusal(new Uint8Array());
    expect(error.code).toBe('empty');
    expect(error.message).toBe('The file is empty: there are no claims to import.');
    expect((await refusal(bytes('  \n\t'))).code).toBe('empty');
  });

  it('refuses binary data, naming what it looks like', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x00, 0x81]);
    const docxError = await refusal(docx);
    expect(docxError.code).toBe('binary');
    expect(docxError.message).toMatch(/^This file is a ZIP archive \(a Word \.docx file is one\), not text, USPTO XML or a PDF\./);
    const noise = new Uint8Array(Array.from({ length: 256 }, (_, i) => (i * 37) % 256));
    expect((await refusal(noise)).message).toMatch(/^This file is binary data/);
    const controls = bytes('1. A widget\u0001\u0002\u0003\u0004\u0005 comprising: a base.');
    expect((await refusal(controls)).code).toBe('binary');
  });

  it('refuses XML that is not a patent, naming its main element', async () => {
    const error = await refusal(bytes('<?xml version="1.0"?>\n<!-- an export -->\n<invoice><total>3</total></invoice>'));
    expect(error.code).toBe('not-a-patent');
    expect(error.message).toMatch(/^This is not a USPTO patent XML file \(its main element is <invoice>\)\./);
  });

  it('refuses damaged patent XML', async () => {
    const error = await refusal(bytes(grant('<claims><claim num="1"><claim-text>1. A widget.</claim></claims>')));
    expect(error.code).toBe('invalid-xml');
    expect(error.message).toMatch(/^This XML file is damaged \(line \d+: /);
  });

  it('refuses patent XML without claims', async () => {
    const error = await refusal(bytes(grant('')));
    expect(error).toMatchObject({ code: 'no-claims', message: 'The XML of US7000001B1 holds no claims.' });
  });

  it('refuses text without numbered claims', async () => {
    const error = await refusal(bytes('Dear counsel, please find the claims attached.'));
    expect(error.code).toBe('no-claims');
    expect(error.message).toMatch(/^No numbered claims were found\. Each claim must start with its number/);
  });
});
