/**
 * One entry point for a patent file of any kind: pasted or saved text, USPTO XML (a single patent or a weekly bulk
 * file) or the patent's PDF. The format is detected from the bytes when not given; anything else is refused with a
 * message that says what the file is and what to import instead.
 */
import { withoutWordFields } from '../../../shared/claims/clean';
import { parseClaimsText } from '../../../shared/claims/parse-text';
import { ClaimImportError, patentNumbersMatch, type ParsedPatent } from '../../../shared/claims/types';
import { parseUsptoXml } from '../../../shared/claims/uspto-xml';
import { readPatentPdfOffThread } from './patent-pdf-thread';

export type PatentFileFormat = 'text' | 'uspto-xml' | 'pdf';

const PDF_SIGNATURE = '%PDF-';
// Any XML goes to the XML reader, which names what it found when it is not a patent; claims text never starts with "<".
const XML_START = /^\s*<(?:\?xml\b|!DOCTYPE\b|[A-Za-z][\w.:-]*[\s>/])/;
const BINARY_KINDS: ReadonlyArray<readonly [number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a Word .docx file is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word .doc or other Office file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
];

export async function parsePatentFile(
  bytes: Uint8Array,
  opts: { format?: PatentFileFormat; number?: string } = {},
): Promise<ParsedPatent> {
  if (!bytes.length) throw new ClaimImportError('empty', 'The file is empty: there are no claims to import.');
  const format = opts.format ?? detectFormat(bytes);
  if (format === 'pdf') return checkedNumber(await readPatentPdfOffThread(bytes), opts.number);
  const text = decodeText(bytes);
  if (format === 'uspto-xml') return parseUsptoXml(text, opts.number);
  return { patent: null, ...parseClaimsText(text) };
}

export function detectFormat(bytes: Uint8Array): PatentFileFormat {
  // A PDF may carry a few bytes of junk before its header; readers accept it within the first kilobyte.
  if (latin1(bytes.subarray(0, 1024)).includes(PDF_SIGNATURE)) return 'pdf';
  return XML_START.test(decodeText(bytes.subarray(0, 4096), { partial: true })) ? 'uspto-xml' : 'text';
}

/** UTF-8 (with or without a BOM) or UTF-16 with a BOM, as Word saves "Unicode text"; anything else is binary. */
function decodeText(bytes: Uint8Array, { partial = false } = {}): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    throw notText(bytes);
  }
  // Text has no NUL and hardly any control characters; a binary file that happens to be valid UTF-8 has many.
  // Word's field markers (\x13 code \x14 result \x15) are text's own: they are not counted (the claims parser drops
  // the code and the markers, keeps the result, and says so).
  const controls = withoutWordFields(text).match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(2, text.length / 100)) throw notText(bytes);
  return text;
}

function notText(bytes: Uint8Array): ClaimImportError {
  const kind = BINARY_KINDS.find(([signature]) => signature.every((byte, i) => bytes[i] === byte))?.[1] ?? 'binary data';
  return new ClaimImportError(
    'binary',
    `This file is ${kind}, not text, USPTO XML or a PDF. Copy the claims from it and paste them, or import the patent's PDF or USPTO XML.`,
  );
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/** A PDF of another patent than the one asked for is refused: its claims would land under the wrong number. */
function checkedNumber(parsed: ParsedPatent, wanted: string | undefined): ParsedPatent {
  const printed = parsed.patent?.number;
  if (!wanted || !printed || patentNumbersMatch(printed, wanted)) return parsed;
  throw new ClaimImportError(
    'number-mismatch',
    `This PDF is patent ${printed}, not ${wanted}: nothing was read from it. Import the PDF of ${wanted}, or leave out the number.`,
  );
}
