/**
 * Importing a patent's claims into the matter, from pasted text, USPTO XML or the patent's PDF. All three
 * go through the same parser and land the same way. Filling an existing patent (the sample's incomplete
 * ones) keeps its identity: the numbers must match, claims already there stay (so chart cells stay attached)
 * and any claim whose wording differs from what is stored refuses the import, with nothing written.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { labelLimitations } from '../../../shared/claims/labels';
import { ClaimImportError, patentNumbersMatch, type LabelScheme, type ParsedPatent } from '../../../shared/claims/types';
import type { ParsedPatentView } from '../../../shared/domain/patent';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { detectFormat, parsePatentFile } from './parse-file';
import { insertClaims, insertPatent } from './repository';
import { readUsptoXmlDocument } from './uspto-xml-file';

/** A patent's PDF or text file, and one document of USPTO XML: each is read whole. */
export const MAX_PATENT_FILE_BYTES = 100 * 1024 * 1024;
/** A USPTO XML file, read in chunks: a weekly bulk file of concatenated documents unzips to several hundred MB. */
export const MAX_XML_FILE_BYTES = 2 * 1024 * 1024 * 1024;

export type ClaimSource = { path: string } | { text: string };
export type ImportFormat = 'text' | 'uspto-xml' | 'pdf';

/**
 * The bytes to parse. A PDF or text file is read whole; USPTO XML is streamed (uspto-xml-file.ts) and only the
 * document asked for is kept, so a weekly bulk file is never held, nor made one string. Reads are asynchronous:
 * this runs in the process that serves the app.
 */
async function sourceBytes(source: ClaimSource, options: { format?: ImportFormat; number?: string }): Promise<Uint8Array> {
  if ('text' in source) return new TextEncoder().encode(source.text);
  const { path } = source;
  let size: number;
  let start: Uint8Array;
  try {
    size = (await stat(path)).size;
    start = await readStart(path, 4096);
  } catch {
    throw new AppError('not-found', `Cannot read ${path}.`);
  }
  if (size > MAX_XML_FILE_BYTES) {
    throw new AppError('unsupported-file', `${path} is over 2 GiB; a patent file is far smaller, and so is a weekly USPTO bulk XML file.`);
  }
  const format = options.format ?? detectFormat(start);
  if (format === 'uspto-xml') return readUsptoXmlDocument(path, options.number, { maxDocumentBytes: MAX_PATENT_FILE_BYTES });
  if (size > MAX_PATENT_FILE_BYTES) {
    throw new AppError('unsupported-file', `${path} is over 100 MB; a patent file is far smaller (only USPTO XML, a weekly bulk file, may be larger).`);
  }
  return readFile(path);
}

async function readStart(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Parses claims from any source; a parse failure becomes an error the user can read. */
export async function parseClaimSource(source: ClaimSource, options: { format?: ImportFormat; number?: string }): Promise<ParsedPatent> {
  try {
    return await parsePatentFile(await sourceBytes(source, options), options);
  } catch (error) {
    if (error instanceof ClaimImportError) throw new AppError(error.code === 'number-mismatch' ? 'conflict' : 'unsupported-file', error.message);
    throw error;
  }
}

/** The parse result as the import dialog and `claims parse` show it: limitations with their labels. */
export function toParsedView(parsed: ParsedPatent, scheme: LabelScheme): ParsedPatentView {
  return {
    patent: parsed.patent,
    warnings: parsed.warnings,
    claims: parsed.claims.map((claim) => {
      const labels = labelLimitations(claim, scheme);
      return {
        number: claim.number,
        text: claim.text,
        status: claim.status,
        dependsOn: claim.dependsOn,
        category: claim.category,
        meansPlusFunction: claim.meansPlusFunction,
        preamble: claim.preamble,
        transition: claim.transition,
        limitations: claim.limitations.map((l, i) => ({ label: labels[i] ?? '', kind: l.kind, depth: l.depth, text: l.text })),
        warnings: claim.warnings,
      };
    }),
  };
}

/** "US7634671B2" → "US 7,634,671", the way a chart and a court cite it; other forms are kept as they are. */
export function displayPatentNumber(normalized: string): string {
  const match = /^([A-Z]{2})(\d{6,8})(?:[A-Z]\d?)?$/.exec(normalized);
  if (!match) return normalized;
  return `${match[1]} ${Number(match[2]).toLocaleString('en-US')}`;
}

interface ExistingClaim {
  number: number;
  text: string;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Writes a parsed patent into the matter (inside the caller's transaction); returns the patent's id. */
export function importParsedPatent(db: Db, parsed: ParsedPatent, target: { patentId?: number; number?: string }): number {
  const importedNumber = parsed.patent?.number ?? target.number;
  if (parsed.patent && target.number && !patentNumbersMatch(parsed.patent.number, target.number)) {
    throw new AppError('conflict', `The imported claims are from ${parsed.patent.number}, not ${target.number}: nothing was imported.`);
  }
  let patentId = target.patentId;
  if (patentId !== undefined) {
    const row = stmt(db, 'SELECT number FROM patents WHERE id = ?').get(patentId) as { number: string } | undefined;
    if (!row) throw new AppError('not-found', `There is no patent with id ${patentId} in this matter.`);
    if (importedNumber && !patentNumbersMatch(importedNumber, row.number)) {
      throw new AppError('conflict', `The imported claims are from ${importedNumber}, not ${row.number}: nothing was imported.`);
    }
  } else {
    if (!importedNumber) {
      throw new AppError('invalid-input', 'Say which patent these claims belong to (its number), or import them into a patent of the matter.');
    }
    const all = stmt(db, 'SELECT id, number FROM patents').all() as { id: number; number: string }[];
    patentId = all.find((p) => patentNumbersMatch(p.number, importedNumber))?.id;
  }
  if (patentId === undefined) {
    const biblio = parsed.patent;
    patentId = insertPatent(db, {
      number: displayPatentNumber(importedNumber!),
      kind: biblio?.kind ?? null,
      title: biblio?.title ?? null,
      applicationNumber: biblio?.applicationNumber ?? null,
      filingDate: biblio?.filingDate ?? null,
      issueDate: biblio?.issueDate ?? null,
      inventors: biblio?.inventors ?? [],
      assignee: biblio?.assignee ?? null,
      abstract: biblio?.abstract ?? null,
      claimsComplete: false,
    });
  } else if (parsed.patent) {
    fillMissingBiblio(db, patentId, parsed.patent);
  }
  addClaims(db, patentId, parsed);
  return patentId;
}

function fillMissingBiblio(db: Db, patentId: number, biblio: NonNullable<ParsedPatent['patent']>): void {
  stmt(
    db,
    `UPDATE patents SET title = coalesce(title, ?), kind = coalesce(kind, ?), application_number = coalesce(application_number, ?),
            filing_date = coalesce(filing_date, ?), issue_date = coalesce(issue_date, ?), assignee = coalesce(assignee, ?),
            abstract = coalesce(abstract, ?), inventors = CASE WHEN inventors = '[]' THEN ? ELSE inventors END
      WHERE id = ?`,
  ).run(
    biblio.title,
    biblio.kind,
    biblio.applicationNumber,
    biblio.filingDate,
    biblio.issueDate,
    biblio.assignee,
    biblio.abstract,
    JSON.stringify(biblio.inventors),
    patentId,
  );
}

function addClaims(db: Db, patentId: number, parsed: ParsedPatent): void {
  const existing = new Map(
    (stmt(db, 'SELECT number, text FROM claims WHERE patent_id = ?').all(patentId) as ExistingClaim[]).map((c) => [c.number, c]),
  );
  const changed = parsed.claims.filter((c) => existing.has(c.number) && squeeze(existing.get(c.number)!.text) !== squeeze(c.text));
  if (changed.length > 0) {
    throw new AppError(
      'conflict',
      `The imported wording of claim${changed.length > 1 ? 's' : ''} ${changed.map((c) => c.number).join(', ')} differs from the matter's: nothing was imported. Check the source.`,
    );
  }
  insertClaims(db, patentId, parsed.claims.filter((c) => !existing.has(c.number)));
  // Complete when the claims run 1..N without a gap and cover the count the patent is known to have.
  const numbers = (stmt(db, 'SELECT number FROM claims WHERE patent_id = ? ORDER BY number').all(patentId) as { number: number }[]).map((r) => r.number);
  const expected = (stmt(db, 'SELECT expected_claim_count AS n FROM patents WHERE id = ?').get(patentId) as { n: number | null }).n;
  const contiguous = numbers.every((n, i) => n === i + 1);
  const complete = numbers.length > 0 && contiguous && (expected === null || numbers.length >= expected);
  stmt(db, 'UPDATE patents SET claims_complete = ? WHERE id = ?').run(complete ? 1 : 0, patentId);
}
