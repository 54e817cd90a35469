/** Patents, their claims and the claims' limitations in the matter file. */
import { z } from 'zod';
import type { PatentDetail } from '../../../shared/domain/patent';
import type { LabelScheme, ParsedClaim } from '../../../shared/claims/types';
import { labelLimitations } from '../../../shared/claims/labels';
import { AppError } from '../../../shared/errors';
import { readJsonColumn } from '../db/json-column';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';

export interface PatentFields {
  number: string;
  kind?: string | null;
  title?: string | null;
  applicationNumber?: string | null;
  priorityDate?: string | null;
  filingDate?: string | null;
  issueDate?: string | null;
  inventors?: string[];
  assignee?: string | null;
  abstract?: string | null;
  claimsComplete: boolean;
  expectedClaimCount?: number | null;
  note?: string | null;
  sources?: string[];
}

export function insertPatent(db: Db, p: PatentFields): number {
  const result = stmt(
    db,
    `INSERT INTO patents (number, kind, title, application_number, priority_date, filing_date, issue_date, inventors,
                          assignee, abstract, claims_complete, expected_claim_count, note, sources, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    p.number,
    p.kind ?? null,
    p.title ?? null,
    p.applicationNumber ?? null,
    p.priorityDate ?? null,
    p.filingDate ?? null,
    p.issueDate ?? null,
    JSON.stringify(p.inventors ?? []),
    p.assignee ?? null,
    p.abstract ?? null,
    p.claimsComplete ? 1 : 0,
    p.expectedClaimCount ?? null,
    p.note ?? null,
    JSON.stringify(p.sources ?? []),
    nowIso(),
  );
  return Number(result.lastInsertRowid);
}

/** Adds parsed claims to a patent that has none of these numbers yet; each claim's limitations in order. */
export function insertClaims(db: Db, patentId: number, claims: readonly ParsedClaim[]): void {
  const insertClaim = stmt(
    db,
    `INSERT INTO claims (patent_id, number, text, status, category, depends_on, depends_on_any_preceding,
                         means_plus_function, warnings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLimitation = stmt(
    db,
    'INSERT INTO limitations (claim_id, position, kind, depth, text) VALUES (?, ?, ?, ?, ?)',
  );
  for (const claim of claims) {
    const claimId = Number(
      insertClaim.run(
        patentId,
        claim.number,
        claim.text,
        claim.status,
        claim.category,
        JSON.stringify(claim.dependsOn),
        claim.dependsOnAnyPreceding ? 1 : 0,
        claim.meansPlusFunction ? 1 : 0,
        JSON.stringify(claim.warnings),
      ).lastInsertRowid,
    );
    claim.limitations.forEach((limitation, position) => {
      insertLimitation.run(claimId, position, limitation.kind, limitation.depth, limitation.text);
    });
  }
}

const numbers = z.array(z.number().int());
const strings = z.array(z.string());
const warnings = z.array(z.object({ code: z.string(), message: z.string() }));

/** The labeller needs only kind and depth; stored rows have no offsets, so those are zero. */
function asParsed(row: { kind: 'preamble' | 'element'; depth: number; text: string }) {
  return { kind: row.kind, depth: row.depth, text: row.text, start: 0, end: 0 };
}

export function readPatentDetail(db: Db, patentId: number, scheme: LabelScheme): PatentDetail {
  const p = stmt(
    db,
    `SELECT p.*, (SELECT count(*) FROM claims c WHERE c.patent_id = p.id) AS imported FROM patents p WHERE p.id = ?`,
  ).get(patentId) as Record<string, unknown> | undefined;
  if (!p) throw new AppError('not-found', `There is no patent with id ${patentId} in this matter.`);
  const claimRows = stmt(db, 'SELECT * FROM claims WHERE patent_id = ? ORDER BY number').all(patentId) as {
    id: number;
    number: number;
    text: string;
    status: 'active' | 'canceled' | 'withdrawn';
    category: string;
    depends_on: string;
    depends_on_any_preceding: number;
    means_plus_function: number;
    preamble_limiting: number;
    warnings: string;
  }[];
  const limitationRows = stmt(
    db,
    `SELECT l.id, l.claim_id, l.position, l.kind, l.depth, l.text, l.label_override, l.means_plus_function_terms
       FROM limitations l JOIN claims c ON c.id = l.claim_id
      WHERE c.patent_id = ? ORDER BY l.claim_id, l.position`,
  ).all(patentId) as {
    id: number;
    claim_id: number;
    position: number;
    kind: 'preamble' | 'element';
    depth: number;
    text: string;
    label_override: string | null;
    means_plus_function_terms: string;
  }[];
  const claims = claimRows.map((c) => {
    const dependsOn = readJsonColumn(numbers, c.depends_on, 'claims.depends_on');
    const own = limitationRows.filter((l) => l.claim_id === c.id);
    const labels = labelLimitations(
      { number: c.number, dependsOn, dependsOnAnyPreceding: c.depends_on_any_preceding === 1, limitations: own.map(asParsed) },
      scheme,
    );
    return {
      id: c.id,
      number: c.number,
      text: c.text,
      status: c.status,
      category: c.category,
      dependsOn,
      meansPlusFunction: c.means_plus_function === 1,
      preambleLimiting: c.preamble_limiting === 1,
      warnings: readJsonColumn(warnings, c.warnings, 'claims.warnings'),
      limitations: own.map((l, index) => ({
        id: l.id,
        position: l.position,
        kind: l.kind,
        depth: l.depth,
        text: l.text,
        label: l.label_override ?? labels[index] ?? '',
        labelOverridden: l.label_override !== null,
        meansPlusFunctionTerms: readJsonColumn(strings, l.means_plus_function_terms, 'limitations.means_plus_function_terms'),
      })),
    };
  });
  return {
    id: p.id as number,
    number: p.number as string,
    kind: p.kind as string | null,
    title: p.title as string | null,
    priorityDate: p.priority_date as string | null,
    issueDate: p.issue_date as string | null,
    claimsComplete: p.claims_complete === 1,
    importedClaimCount: p.imported as number,
    expectedClaimCount: p.expected_claim_count as number | null,
    note: p.note as string | null,
    applicationNumber: p.application_number as string | null,
    inventors: readJsonColumn(strings, p.inventors, 'patents.inventors'),
    assignee: p.assignee as string | null,
    abstract: p.abstract as string | null,
    sources: readJsonColumn(strings, p.sources, 'patents.sources'),
    claims,
  };
}
