/**
 * A USPTO XML file read from disk without holding it: USPTO's weekly full-text files (ipgYYMMDD.xml for grants,
 * ipaYYMMDD.xml for applications) unzip to several hundred megabytes of concatenated documents, each with its own
 * `<?xml …?>` declaration. The file is read in chunks (asynchronously, so the process serving the app keeps
 * answering) and cut at the declarations; one document at a time is held, its number read from its first
 * kilobytes the way `shared/claims/uspto-xml.ts` reads it, and only the document asked for goes to that parser.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { patentNumbersMatch } from '../../../shared/claims/types';
import {
  isPatentDocument,
  MAX_NUMBERS_LISTED,
  multipleDocumentsError,
  notAPatent,
  numberNotFoundError,
  publicationNumber,
} from '../../../shared/claims/uspto-xml';
import { AppError } from '../../../shared/errors';

export const XML_READ_CHUNK_BYTES = 8 * 1024 * 1024;

const DECLARATION = Buffer.from('<?xml');
/** A declaration is "<?xml" and a space: "<?xml-stylesheet" is not one. */
const DECLARATION_LOOKAHEAD = DECLARATION.length + 1;
/** A document's root element and number come in its first kilobytes (after a short DOCTYPE); 64 KiB is ample. */
const HEAD_MAX_BYTES = 64 * 1024;

export interface UsptoXmlFileLimits {
  /** The largest single document kept for parsing (it becomes one string). */
  maxDocumentBytes: number;
}

/** One document's bytes as they are read; past the limit only its head is kept, to read its number. */
class DocumentBytes {
  private parts: Buffer[] = [];
  private size = 0;
  private headOfTooLarge: Buffer | undefined;
  /** Where its declaration starts: the file's first document may have bytes before it. */
  declarationAt = 0;

  constructor(private readonly maxBytes: number) {}

  add(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.headOfTooLarge) return;
    this.parts.push(Buffer.from(bytes)); // `bytes` is a view of the reused read buffer
    if (this.size > this.maxBytes) {
      this.headOfTooLarge = this.head();
      this.parts = [];
    }
  }

  get length(): number {
    return this.size;
  }

  head(): Buffer {
    return this.headOfTooLarge ?? Buffer.concat(this.parts).subarray(0, HEAD_MAX_BYTES);
  }

  headText(): string {
    return this.head().toString('utf8');
  }

  /** All of it (`fromDeclaration`: without what stands before its declaration); refused past the limit. */
  bytes(path: string, number: string | null, fromDeclaration: boolean): Uint8Array {
    if (this.headOfTooLarge) {
      const limit = `${Math.round(this.maxBytes / 1024 / 1024)} MB`;
      throw new AppError(
        'unsupported-file',
        number === null
          ? `${path} is one XML document of over ${limit}; a patent's XML is far smaller.`
          : `The XML of ${number} in ${path} is over ${limit}; a patent's XML is far smaller.`,
      );
    }
    const bytes = Buffer.concat(this.parts);
    return fromDeclaration ? bytes.subarray(this.declarationAt) : bytes;
  }
}

/** The file's documents in order, each complete; `last` tells the end of the file. */
async function* documentsOf(handle: FileHandle, maxBytes: number): AsyncGenerator<{ doc: DocumentBytes; last: boolean }> {
  const buffer = Buffer.allocUnsafe(XML_READ_CHUNK_BYTES + DECLARATION_LOOKAHEAD);
  let current = new DocumentBytes(maxBytes);
  let declarations = 0;
  let carried = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, carried, XML_READ_CHUNK_BYTES, null);
    const eof = bytesRead === 0;
    const filled = carried + bytesRead;
    const view = buffer.subarray(0, filled);
    // A declaration starting in the last few bytes is looked at with the next chunk, when its lookahead is there.
    const safeEnd = eof ? filled : Math.max(0, filled - DECLARATION_LOOKAHEAD + 1);
    let from = 0;
    for (let at = view.indexOf(DECLARATION); at >= 0 && at < safeEnd; at = view.indexOf(DECLARATION, at + 1)) {
      if (!isXmlSpace(view[at + DECLARATION.length])) continue;
      declarations += 1;
      if (declarations === 1) {
        current.declarationAt = current.length + at - from;
        continue;
      }
      current.add(view.subarray(from, at));
      yield { doc: current, last: false };
      current = new DocumentBytes(maxBytes);
      from = at;
    }
    current.add(view.subarray(from, safeEnd));
    if (eof) {
      yield { doc: current, last: true };
      return;
    }
    view.copy(buffer, 0, safeEnd, filled);
    carried = filled - safeEnd;
  }
}

/**
 * The bytes of the one document to parse: the whole file when it holds one document (so the parser sees exactly
 * what it always saw), else the document whose number matches `wanted`, which ends the read. A file of several
 * documents read without a number, or without the number asked for, is refused, as the parser refuses it: with the
 * count of its patent documents and the first few numbers.
 */
export async function readUsptoXmlDocument(path: string, wanted: string | undefined, limits: UsptoXmlFileLimits): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    let firstHead = '';
    let patentCount = 0;
    const numbers: string[] = [];
    /** Without a number: the only patent document so far (a file of one patent and other documents reads as before). */
    let onlyPatent: { doc: DocumentBytes; number: string } | undefined;
    let index = 0;
    for await (const { doc, last } of documentsOf(handle, limits.maxDocumentBytes)) {
      index += 1;
      if (index === 1) {
        if (last) return doc.bytes(path, null, false);
        firstHead = doc.headText();
      }
      const head = doc.headText();
      const number = isPatentDocument(head) ? publicationNumber(head) : null;
      if (!number) continue;
      patentCount += 1;
      if (numbers.length < MAX_NUMBERS_LISTED) numbers.push(number);
      if (wanted !== undefined) {
        if (patentNumbersMatch(number, wanted)) return doc.bytes(path, number, true);
      } else onlyPatent = patentCount === 1 ? { doc, number } : undefined;
    }
    if (patentCount === 0) throw notAPatent(firstHead);
    if (wanted !== undefined) throw numberNotFoundError(wanted, patentCount, numbers);
    if (onlyPatent) return onlyPatent.doc.bytes(path, onlyPatent.number, true);
    throw multipleDocumentsError(patentCount, numbers);
  } finally {
    await handle.close();
  }
}

function isXmlSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
