/**
 * Edits of a claim's split into limitations. A limitation's id is its identity: chart cells point at it.
 * Splitting keeps the id (and so the cells) on the first part; merging moves or joins the second part's
 * cells into the first, so no chart content is ever dropped.
 */
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';

interface LimitationRow {
  id: number;
  claim_id: number;
  position: number;
  kind: 'preamble' | 'element';
  depth: number;
  text: string;
}

export function readLimitation(db: Db, id: number): LimitationRow {
  const row = stmt(db, 'SELECT id, claim_id, position, kind, depth, text FROM limitations WHERE id = ?').get(id) as
    | LimitationRow
    | undefined;
  if (!row) throw new AppError('not-found', `There is no limitation with id ${id}.`);
  return row;
}

/** Moves the positions after `position` by `delta` without tripping UNIQUE(claim_id, position) midway. */
function shiftPositionsAfter(db: Db, claimId: number, position: number, delta: 1 | -1): void {
  stmt(db, 'UPDATE limitations SET position = -(position + ?) - 1 WHERE claim_id = ? AND position > ?').run(delta, claimId, position);
  stmt(db, 'UPDATE limitations SET position = -position - 1 WHERE claim_id = ? AND position < 0').run(claimId);
}

/** Splits a limitation at a character offset of its text; returns the new (second) limitation's id. */
export function splitLimitation(db: Db, id: number, offset: number): number {
  const row = readLimitation(db, id);
  const first = row.text.slice(0, offset).trimEnd();
  const second = row.text.slice(offset).trimStart();
  if (!first || !second) {
    throw new AppError('invalid-input', 'Place the cursor inside the limitation\'s text, not at its start or end, to split it.');
  }
  shiftPositionsAfter(db, row.claim_id, row.position, 1);
  stmt(db, 'UPDATE limitations SET text = ? WHERE id = ?').run(first, id);
  const created = stmt(
    db,
    "INSERT INTO limitations (claim_id, position, kind, depth, text) VALUES (?, ?, 'element', ?, ?)",
  ).run(row.claim_id, row.position + 1, row.kind === 'preamble' ? 0 : row.depth, second);
  return Number(created.lastInsertRowid);
}

interface CellRow {
  id: number;
  chart_id: number;
  content: string;
  internal_note: string | null;
}

/** Joins the next limitation into this one. Chart cells of the next limitation are joined into this one's. */
export function mergeWithNext(db: Db, id: number): void {
  const row = readLimitation(db, id);
  const next = stmt(db, 'SELECT id, claim_id, position, kind, depth, text FROM limitations WHERE claim_id = ? AND position = ?').get(
    row.claim_id,
    row.position + 1,
  ) as LimitationRow | undefined;
  if (!next) throw new AppError('invalid-input', 'This is the claim\'s last limitation: there is nothing after it to merge.');
  moveCells(db, next.id, id);
  stmt(db, 'UPDATE limitations SET text = ? WHERE id = ?').run(`${row.text} ${next.text}`, id);
  stmt(db, 'DELETE FROM limitations WHERE id = ?').run(next.id);
  shiftPositionsAfter(db, row.claim_id, next.position, -1);
}

function moveCells(db: Db, fromLimitationId: number, toLimitationId: number): void {
  const cellsOf = (limitationId: number) =>
    stmt(db, 'SELECT id, chart_id, content, internal_note FROM cells WHERE limitation_id = ?').all(limitationId) as CellRow[];
  const targets = new Map(cellsOf(toLimitationId).map((c) => [c.chart_id, c]));
  for (const moving of cellsOf(fromLimitationId)) {
    const target = targets.get(moving.chart_id);
    if (!target) {
      stmt(db, 'UPDATE cells SET limitation_id = ? WHERE id = ?').run(toLimitationId, moving.id);
      continue;
    }
    // Both rows of the chart had content: the merged row keeps all of it, this row's first.
    const content = JSON.stringify([...(JSON.parse(target.content) as unknown[]), ...(JSON.parse(moving.content) as unknown[])]);
    const note = [target.internal_note, moving.internal_note].filter(Boolean).join('\n\n') || null;
    stmt(db, 'UPDATE cells SET content = ?, internal_note = ?, updated_at = ? WHERE id = ?').run(content, note, nowIso(), target.id);
    stmt(db, 'INSERT OR IGNORE INTO cell_citations (cell_id, excerpt_id) SELECT ?, excerpt_id FROM cell_citations WHERE cell_id = ?').run(
      target.id,
      moving.id,
    );
    stmt(db, 'DELETE FROM cells WHERE id = ?').run(moving.id);
  }
}

export function relabelLimitation(db: Db, id: number, label: string | null): void {
  readLimitation(db, id);
  stmt(db, 'UPDATE limitations SET label_override = ? WHERE id = ?').run(label, id);
}

export function setMeansPlusFunctionTerms(db: Db, id: number, terms: readonly string[]): void {
  const row = readLimitation(db, id);
  const missing = terms.filter((term) => !row.text.includes(term));
  if (missing.length > 0) throw new AppError('invalid-input', `Not in this limitation's text: ${missing.map((t) => `"${t}"`).join(', ')}.`);
  stmt(db, 'UPDATE limitations SET means_plus_function_terms = ? WHERE id = ?').run(JSON.stringify(terms), id);
}

export function setPreambleLimiting(db: Db, claimId: number, limiting: boolean): void {
  const result = stmt(db, 'UPDATE claims SET preamble_limiting = ? WHERE id = ?').run(limiting ? 1 : 0, claimId);
  if (result.changes === 0) throw new AppError('not-found', `There is no claim with id ${claimId}.`);
}
