/** Reads and writes of the matter row and the matter-wide lists the sidebar shows. */
import { z } from 'zod';
import {
  LabelSchemeSchema,
  type ChartSummary,
  type DocumentSummary,
  type MatterDetailsUpdate,
  type MatterSummary,
  type PatentSummary,
  type ProductSummary,
} from '../../../shared/domain/matter';
import { AppError } from '../../../shared/errors';
import { readJsonColumn } from '../db/json-column';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import { chartCoverages } from '../charts/dashboard';

export interface MatterFields {
  name: string;
  court?: string | null;
  caseNumber?: string | null;
  filedOn?: string | null;
  plaintiff?: string | null;
  defendants?: string[];
}

export function insertMatterRow(db: Db, fields: MatterFields): void {
  const now = nowIso();
  stmt(
    db,
    `INSERT INTO matter (id, name, court, case_number, filed_on, plaintiff, defendants, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    fields.name,
    fields.court ?? null,
    fields.caseNumber ?? null,
    fields.filedOn ?? null,
    fields.plaintiff ?? null,
    JSON.stringify(fields.defendants ?? []),
    now,
    now,
  );
}

/** The matter row's columns each case detail is stored in (names from this fixed map, never from input). */
const detailColumns = {
  name: 'name',
  court: 'court',
  caseNumber: 'case_number',
  filedOn: 'filed_on',
  plaintiff: 'plaintiff',
  defendants: 'defendants',
} as const satisfies Record<keyof MatterDetailsUpdate, string>;

/** Writes the details given (a field left out stays as it is; `null` clears it). */
export function updateMatterDetails(db: Db, update: MatterDetailsUpdate): void {
  for (const [field, column] of Object.entries(detailColumns) as [keyof MatterDetailsUpdate, string][]) {
    const value = update[field];
    if (value === undefined) continue;
    stmt(db, `UPDATE matter SET ${column} = ? WHERE id = 1`).run(Array.isArray(value) ? JSON.stringify(value) : value);
  }
  stmt(db, 'UPDATE matter SET updated_at = ? WHERE id = 1').run(nowIso());
}

interface MatterRow {
  name: string;
  court: string | null;
  case_number: string | null;
  filed_on: string | null;
  plaintiff: string | null;
  defendants: string;
  label_scheme: string;
}

export function readMatterSummary(db: Db, path: string, readOnly: boolean): Omit<MatterSummary, 'readOnlyReason'> {
  const row = stmt(db, 'SELECT * FROM matter WHERE id = 1').get() as MatterRow | undefined;
  if (!row) throw new AppError('matter-damaged', `The matter file ${path} has no matter record.`);
  return {
    path,
    name: row.name,
    court: row.court,
    caseNumber: row.case_number,
    filedOn: row.filed_on,
    plaintiff: row.plaintiff,
    defendants: readJsonColumn(z.array(z.string()), row.defendants, 'matter.defendants'),
    labelScheme: readJsonColumn(LabelSchemeSchema, JSON.stringify(row.label_scheme), 'matter.label_scheme'),
    readOnly,
  };
}

export function listPatents(db: Db): PatentSummary[] {
  const rows = stmt(
    db,
    `SELECT p.id, p.number, p.kind, p.title, p.priority_date, p.issue_date, p.claims_complete,
            p.expected_claim_count, p.note,
            (SELECT count(*) FROM claims c WHERE c.patent_id = p.id) AS imported
       FROM patents p ORDER BY p.number`,
  ).all() as {
    id: number;
    number: string;
    kind: string | null;
    title: string | null;
    priority_date: string | null;
    issue_date: string | null;
    claims_complete: number;
    expected_claim_count: number | null;
    note: string | null;
    imported: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    kind: r.kind,
    title: r.title,
    priorityDate: r.priority_date,
    issueDate: r.issue_date,
    claimsComplete: r.claims_complete === 1,
    importedClaimCount: r.imported,
    expectedClaimCount: r.expected_claim_count,
    note: r.note,
  }));
}

export function listProducts(db: Db): ProductSummary[] {
  const rows = stmt(db, 'SELECT id, name, maker, note, same_as_id FROM products ORDER BY name').all() as {
    id: number;
    name: string;
    maker: string | null;
    note: string | null;
    same_as_id: number | null;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, maker: r.maker, note: r.note, sameAsId: r.same_as_id }));
}

export function listDocuments(db: Db): DocumentSummary[] {
  const rows = stmt(
    db,
    `SELECT id, title, short_name, doc_type, page_count, has_text, bates_prefix, bates_start, confidentiality
       FROM documents ORDER BY title`,
  ).all() as {
    id: number;
    title: string;
    short_name: string;
    doc_type: DocumentSummary['docType'];
    page_count: number;
    has_text: number;
    bates_prefix: string | null;
    bates_start: number | null;
    confidentiality: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    shortName: r.short_name,
    docType: r.doc_type,
    pageCount: r.page_count,
    hasText: r.has_text === 1,
    batesPrefix: r.bates_prefix,
    batesStart: r.bates_start,
    confidentiality: r.confidentiality,
  }));
}

/** Row counts come from the limitations (a split adds a row before its cell is first saved). */
export function listCharts(db: Db): ChartSummary[] {
  const charts = stmt(db, 'SELECT id, title, kind, patent_id, product_id FROM charts ORDER BY title').all() as {
    id: number;
    title: string;
    kind: ChartSummary['kind'];
    patent_id: number;
    product_id: number | null;
  }[];
  const coverages = chartCoverages(db);
  return charts.map((c) => {
    const coverage = coverages.get(c.id);
    return {
      id: c.id,
      title: c.title,
      kind: c.kind,
      patentId: c.patent_id,
      productId: c.product_id,
      rowCount: coverage?.rowCount ?? 0,
      statusCounts: coverage?.statusCounts ?? {},
    };
  });
}
