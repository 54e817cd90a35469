/**
 * A USPTO XML file read from disk without holding it: USPTO's weekly full-text files (ipgYYMMDD.xml for grants,
 * ipaYYMMDD.xml for applications) unzip to several hundred megabytes of concatenated documents, each with its own
 * `<?xml …?>` declaration. The file is read in chunks (asynchronously, so the process serving the app keeps
 * answering) and cut at the declarations; each document's number is read from its first kilobytes, the way
 * `shared/claims/uspto-xml.ts` reads it, and only the document asked for is kept and handed to that parser.
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
const HEAD_END = Buffer.from('</publication-reference>');
/** A document's root element and number come in its first kilobytes (after a short DOCTYPE); 64 KiB is ample. */
const HEAD_MAX_BYTES = 64 * 1024;
const EMPTY = Buffer.alloc(0);

interface Document {
  /** Its first bytes, up to HEAD_MAX_BYTES, until its number is read (the file's first document keeps them). */
  head: Buffer;
  /** Its publication number once read; null when it is no patent document. */
  number: string | null | undefined;
  /** Whether its bytes are kept: the file's first document (the file may be just that one) or one that may be returned. */
  keep: boolean;
  parts: Buffer[];
  size: number;
  /** Over the document limit: its bytes were dropped. */
  tooLarge: boolean;
  /** Where its declaration starts (the file's first document may have bytes before it). */
  declarationAt: number;
}

export interface UsptoXmlFileLimits {
  /** The largest single document kept for parsing (it becomes one string). */
  maxDocumentBytes: number;
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
    return await scan(handle, path, wanted, limits);
  } finally {
    await handle.close();
  }
}

const newDocument = (keep: boolean): Document => ({
  head: EMPTY,
  number: undefined,
  keep,
  parts: [],
  size: 0,
  tooLarge: false,
  declarationAt: 0,
});

async function scan(handle: FileHandle, path: string, wanted: string | undefined, limits: UsptoXmlFileLimits): Promise<Uint8Array> {
  const first = newDocument(true);
  let current = first;
  let declarations = 0;
  let patentCount = 0;
  const numbers: string[] = [];
  /** Without a number: the only patent document so far (a file of one patent and other documents reads as before). */
  let onlyPatent: Document | undefined;

  const decide = (doc: Document, head: Buffer) => {
    const text = head.toString('utf8');
    doc.number = isPatentDocument(text) ? publicationNumber(text) : null;
    if (doc === first) return;
    doc.keep = doc.number !== null && (wanted !== undefined ? patentNumbersMatch(doc.number, wanted) : patentCount === 0);
  };

  const keepBytes = (doc: Document, bytes: Buffer) => {
    if (doc.tooLarge) return;
    if (doc.size + bytes.length > limits.maxDocumentBytes) {
      doc.tooLarge = true;
      doc.parts = [];
    } else if (bytes.length) doc.parts.push(Buffer.from(bytes));
  };

  const feed = (doc: Document, bytes: Buffer) => {
    if (doc.number === undefined) {
      const before = doc.head;
      const piece = bytes.subarray(0, HEAD_MAX_BYTES - before.length);
      // Mostly the head is within one piece, and is read where it lies (`bytes` is the reused read buffer).
      const head = before.length ? Buffer.concat([before, piece]) : piece;
      const end = head.indexOf(HEAD_END);
      if (end < 0 && head.length < HEAD_MAX_BYTES) doc.head = Buffer.from(head);
      else {
        decide(doc, end < 0 ? head : head.subarray(0, end + HEAD_END.length));
        if (doc === first) doc.head = Buffer.from(head);
        else {
          // Until now its bytes were only in its head; a document kept from here on needs them.
          if (doc.keep) doc.parts = before.length ? [before] : [];
          doc.head = EMPTY;
        }
      }
    }
    if (doc.keep) keepBytes(doc, bytes);
    doc.size += bytes.length;
  };

  /** A document is complete: counted, listed, and kept only while it may be the one returned. */
  const finish = (doc: Document): boolean => {
    if (doc.number === undefined) {
      decide(doc, doc.head);
      if (doc !== first && doc.keep) doc.parts = [doc.head]; // all of it, being shorter than its head's limit
    }
    let found = false;
    if (doc.number) {
      patentCount += 1;
      if (numbers.length < MAX_NUMBERS_LISTED) numbers.push(doc.number);
      if (wanted !== undefined) found = patentNumbersMatch(doc.number, wanted);
      else if (patentCount === 1) onlyPatent = doc;
      else if (onlyPatent) {
        onlyPatent.parts = [];
        onlyPatent = undefined;
      }
    }
    if (!found && doc !== onlyPatent) doc.parts = [];
    if (doc !== first) doc.head = EMPTY;
    return found;
  };

  const buffer = Buffer.allocUnsafe(XML_READ_CHUNK_BYTES + DECLARATION_LOOKAHEAD);
  let carried = 0;
  let found: Document | undefined;
  for (let eof = false; !eof && !found; ) {
    const { bytesRead } = await handle.read(buffer, carried, XML_READ_CHUNK_BYTES, null);
    eof = bytesRead === 0;
    const filled = carried + bytesRead;
    const view = buffer.subarray(0, filled);
    // A declaration starting in the last few bytes is looked at with the next chunk, when its lookahead is there.
    const safeEnd = eof ? filled : Math.max(0, filled - DECLARATION_LOOKAHEAD + 1);
    let from = 0;
    for (let at = view.indexOf(DECLARATION); at >= 0 && at < safeEnd; at = view.indexOf(DECLARATION, at + 1)) {
      if (!isXmlSpace(view[at + DECLARATION.length])) continue;
      declarations += 1;
      if (declarations === 1) {
        first.declarationAt = first.size + (at - from);
        continue;
      }
      feed(current, view.subarray(from, at));
      from = at;
      if (finish(current)) {
        found = current;
        break;
      }
      current = newDocument(false);
    }
    if (found) break;
    feed(current, view.subarray(from, safeEnd));
    view.copy(buffer, 0, safeEnd, filled);
    carried = filled - safeEnd;
    if (eof && declarations > 1 && finish(current)) found = current;
  }

  if (found) return documentBytes(found, path, found.number ?? '', limits);
  if (declarations <= 1) return documentBytes(first, path, null, limits);
  if (patentCount === 0) throw notAPatent(first.head.toString('utf8'));
  if (wanted !== undefined) throw numberNotFoundError(wanted, patentCount, numbers);
  if (patentCount === 1 && onlyPatent) return documentBytes(onlyPatent, path, onlyPatent.number ?? '', limits);
  throw multipleDocumentsError(patentCount, numbers);
}

/** The document's bytes; `number` is null when the document is the whole file. */
function documentBytes(doc: Document, path: string, number: string | null, limits: UsptoXmlFileLimits): Uint8Array {
  const limit = `${Math.round(limits.maxDocumentBytes / 1024 / 1024)} MB`;
  if (doc.tooLarge) {
    throw new AppError(
      'unsupported-file',
      number === null
        ? `${path} is one XML document of over ${limit}; a patent's XML is far smaller.`
        : `The XML of ${number} in ${path} is over ${limit}; a patent's XML is far smaller.`,
    );
  }
  const bytes = Buffer.concat(doc.parts);
  // In a file of several documents the first one starts at its declaration, where the parser would cut it.
  return number !== null && doc.declarationAt > 0 ? bytes.subarray(doc.declarationAt) : bytes;
}

function isXmlSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
