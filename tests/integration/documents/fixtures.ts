/** PDFs made in the test (pdf-lib, qpdf), and a test app whose PDF services take other settings. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFRef, StandardFonts, type PDFDict } from 'pdf-lib';
import type { DocumentOptions } from '../../../electron/services/documents/options';
import { createHandlers } from '../../../electron/services/handlers';
import { inProcessClient } from '../../../electron/services/rpc/dispatch';
import { builtWorkerPath, createTestApp, type TestApp } from '../../helpers/test-app';

/** The sample matter's app, its PDF services (built worker) with `options` changed. */
export function createDocumentTestApp(options: Partial<DocumentOptions> = {}): TestApp {
  const app = createTestApp();
  const handlers = createHandlers(app.ctx, { documents: { workerPath: builtWorkerPath, ...options } });
  return { ...app, handlers, call: inProcessClient(handlers) };
}

export interface TextPdfOptions {
  readonly title?: string;
  /** Two columns per page: each page's text is split in half, left column first. */
  readonly columns?: 1 | 2;
  /** PDF page labels: [first page index, style ('r' roman, 'D' decimal), start number]. */
  readonly labels?: readonly [number, 'r' | 'D', number][];
  /** An outline (bookmarks): each entry goes to the top of its page (1-based), children nested under it. */
  readonly outline?: readonly OutlineEntry[];
}

export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
  readonly children?: readonly OutlineEntry[];
}

const LINE_HEIGHT = 14;

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > maxChars) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** A text PDF, one string per page (each "\n" starts a new line; long lines wrap). */
export async function textPdf(pages: readonly string[], options: TextPdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (options.title) pdf.setTitle(options.title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = pdf.addPage([612, 792]);
    const columns = options.columns === 2 ? [text.slice(0, text.length / 2), text.slice(text.length / 2)] : [text];
    columns.forEach((column, c) => {
      const width = options.columns === 2 ? 40 : 90;
      wrap(column, width).forEach((line, i) => {
        page.drawText(line, { x: 72 + c * 250, y: 720 - i * LINE_HEIGHT, size: 10, font });
      });
    });
  }
  if (options.labels) {
    const nums = options.labels.flatMap(([index, style, start]) => [index, pdf.context.obj({ S: PDFName.of(style), St: start })]);
    pdf.catalog.set(PDFName.of('PageLabels'), pdf.context.obj({ Nums: nums }));
  }
  if (options.outline) {
    const root = pdf.context.obj({ Type: 'Outlines' });
    const rootRef = pdf.context.register(root);
    addOutlineItems(pdf, root, rootRef, options.outline);
    pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  }
  return pdf.save();
}

/** Outline items under `parent` (PDF 32000-1 §12.3.3): a linked list with First/Last/Prev/Next and open counts. */
function addOutlineItems(pdf: PDFDocument, parent: PDFDict, parentRef: PDFRef, entries: readonly OutlineEntry[]): number {
  const pages = pdf.getPages();
  const refs = entries.map(() => pdf.context.nextRef());
  let count = 0;
  entries.forEach((entry, i) => {
    const page = pages[entry.page - 1];
    if (!page) throw new Error(`outline entry "${entry.title}" names page ${entry.page}, which the PDF does not have`);
    const item = pdf.context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parentRef,
      // The top of the page, the zoom left as it is.
      Dest: [page.ref, PDFName.of('XYZ'), PDFNull, page.getHeight(), PDFNull],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < entries.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    const children = entry.children && entry.children.length > 0 ? addOutlineItems(pdf, item, refs[i]!, entry.children) : 0;
    pdf.context.assign(refs[i]!, item);
    count += 1 + children;
  });
  if (refs.length > 0) {
    parent.set(PDFName.of('First'), refs[0]!);
    parent.set(PDFName.of('Last'), refs[refs.length - 1]!);
    parent.set(PDFName.of('Count'), pdf.context.obj(count));
  }
  return count;
}

/** A grey PNG of the given size, made by hand (signature, IHDR, IDAT, IEND). */
export function pngBytes(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0x80)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A "scanned" PDF: each page is an image, with no text layer. */
export async function scannedPdf(pageCount: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(pngBytes(200, 260));
  for (let i = 0; i < pageCount; i++) pdf.addPage([612, 792]).drawImage(image, { x: 50, y: 50, width: 512, height: 692 });
  return pdf.save();
}

/** A text PDF whose page `broken` (1-based) points at an object the file does not have: no engine can load it. */
export async function pdfWithUnreadablePage(pages: readonly string[], broken: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await textPdf(pages));
  pdf.catalog.Pages().lookup(PDFName.of('Kids'), PDFArray).set(broken - 1, PDFRef.of(9999));
  return pdf.save({ useObjectStreams: false });
}

/** A PDF whose page tree has no pages. */
export async function pagelessPdf(): Promise<Uint8Array> {
  return (await PDFDocument.create()).save({ addDefaultPage: false });
}

/** Encrypts with AES-256 through qpdf; returns the encrypted file's path. */
export function encryptPdf(dir: string, bytes: Uint8Array, password: string): string {
  const plain = join(dir, 'plain.pdf');
  const encrypted = join(dir, 'encrypted.pdf');
  writeFileSync(plain, bytes);
  execFileSync('/usr/bin/qpdf', ['--encrypt', password, `${password}-owner`, '256', '--', plain, encrypted]);
  return encrypted;
}

export function writeFile(dir: string, name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Manual-like filler text, deterministic per seed. */
export function manualText(seed: number, sentences = 12): string {
  const subjects = ['The system board', 'Each drive bay', 'The power supply unit', 'The chassis intrusion switch', 'The front panel', 'The riser card', 'Memory module slot', 'The rack rail kit', 'The network adapter', 'The storage backplane'];
  const verbs = ['supports', 'connects to', 'is installed beside', 'reports the status of', 'is secured with', 'draws power from', 'is cooled by', 'is described with'];
  const objects = ['the PCIe expansion slots', 'two redundant power cords', 'the drive carrier latch', 'the operator panel LEDs', 'the thermal sensor array', 'four captive screws', 'the mezzanine connector', 'the dual inline memory modules', 'the cable management arm', 'the serial console port'];
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const n = seed * 31 + i * 7;
    out.push(`${subjects[n % subjects.length]} ${verbs[(n >> 1) % verbs.length]} ${objects[(n >> 2) % objects.length]}.`);
  }
  return out.join(' ');
}
