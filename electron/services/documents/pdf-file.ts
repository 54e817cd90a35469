/**
 * Reading a file the user chose to import, with the checks that need no PDF engine: it exists, is not over
 * the size limit, and starts like a PDF. The bytes land in shared memory so both workers read one copy.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { ImportRefused } from './refusal';

export interface PdfFile {
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

const MIB = 1024 * 1024;
/** The PDF header may follow some junk; readers look for it in the first kilobyte. */
const HEADER_WINDOW = 1024;
const EOF_WINDOW = 2048;
const READ_CHUNK = 8 * 1024 * 1024;

function describeSize(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(bytes >= 10 * MIB ? 0 : 1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * Reads in chunks, hashing as it goes, so a large file never holds the event loop for long: the rest of
 * the app stays responsive while it is read.
 */
export async function readPdfFile(path: string, maxBytes: number): Promise<PdfFile> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportRefused('unreadable', `${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    throw new ImportRefused('unreadable', `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  if (size > maxBytes) {
    throw new ImportRefused('too-large', `This file is ${describeSize(size)}; ClaimChart imports PDFs up to ${describeSize(maxBytes)}.`);
  }
  if (size === 0) throw new ImportRefused('not-a-pdf', 'This file is empty.');
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  const hash = createHash('sha256');
  const file = await open(path, 'r');
  try {
    for (let offset = 0; offset < size; ) {
      const { bytesRead } = await file.read(bytes, offset, Math.min(READ_CHUNK, size - offset), offset);
      if (bytesRead === 0) throw new ImportRefused('unreadable', `${path} changed while it was being read.`);
      hash.update(bytes.subarray(offset, offset + bytesRead));
      offset += bytesRead;
    }
  } finally {
    await file.close();
  }
  if (!latin1(bytes, 0, HEADER_WINDOW).includes('%PDF-')) {
    throw new ImportRefused('not-a-pdf', 'This file is not a PDF (it does not begin with a PDF header).');
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** A complete PDF ends with %%EOF; a file cut short during a download or a copy does not. */
export function endsLikePdf(bytes: Uint8Array): boolean {
  return latin1(bytes, Math.max(0, bytes.length - EOF_WINDOW), bytes.length).includes('%%EOF');
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.min(to, bytes.length) - from).toString('latin1');
}
