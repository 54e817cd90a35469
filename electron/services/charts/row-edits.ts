/** Writes of one chart row: the autosave of its fields, and citing an excerpt in it. */
import { appendEvidence } from '../../../shared/chart/append-evidence';
import { bindingProblems, describeBindingProblem } from '../../../shared/chart/bindings';
import { CellContentSchema, citedExcerptIds, type CellContent } from '../../../shared/chart/cell-schema';
import type { ChartStatus } from '../../../shared/domain/matter';
import { AppError } from '../../../shared/errors';
import type { CellPatch } from '../../../shared/rpc/methods/charts';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { defaultCellValues, readCell, writeCell, type CellValues } from './cells';
import { loadExcerptRefs } from './excerpt-refs';
import { readChartSettings } from './matter-settings';
import { readChartRecord } from './repository';

/** The row's stored values, or the defaults of a row never written; refuses a limitation outside the chart. */
function currentValues(db: Db, chartId: number, limitationId: number): CellValues {
  readChartRecord(db, chartId);
  const inChart = stmt(
    db,
    'SELECT 1 FROM limitations l JOIN chart_claims cc ON cc.claim_id = l.claim_id WHERE cc.chart_id = ? AND l.id = ?',
  ).get(chartId, limitationId);
  if (!inChart) throw new AppError('not-found', `Chart ${chartId} has no row for limitation ${limitationId}.`);
  return readCell(db, chartId, limitationId) ?? defaultCellValues();
}

/**
 * Refuses content whose quotes, chips or figures are not bound to usable excerpts. An excerpt deleted after
 * this row cited it stays allowed in this row (shown there as deleted), so the row's autosave never locks up.
 */
export function assertBindings(db: Db, content: CellContent, alreadyCited: readonly number[], what = 'The cell'): void {
  const excerpts = loadExcerptRefs(db, citedExcerptIds(content), readChartSettings(db).citeFormat);
  const problems = bindingProblems(content, (id) => excerpts.get(id)).filter(
    (p) => !(p.problem === 'deleted' && alreadyCited.includes(p.excerptId)),
  );
  if (problems.length > 0) throw new AppError('invalid-input', `${what} cannot be saved: ${problems.map(describeBindingProblem).join('; ')}.`);
}

export function updateCell(db: Db, chartId: number, limitationId: number, patch: CellPatch): void {
  const current = currentValues(db, chartId, limitationId);
  if (patch.content !== undefined) assertBindings(db, patch.content, citedExcerptIds(current.content));
  writeCell(db, chartId, limitationId, {
    status: patch.status ?? current.status,
    content: patch.content ?? current.content,
    equivalents: patch.equivalents === undefined ? current.equivalents : patch.equivalents,
    internalNote: patch.internalNote === undefined ? current.internalNote : patch.internalNote,
  });
}

export function citeInRow(db: Db, chartId: number, limitationId: number, excerptId: number, status?: ChartStatus): void {
  const current = currentValues(db, chartId, limitationId);
  const excerpt = loadExcerptRefs(db, [excerptId], readChartSettings(db).citeFormat).get(excerptId);
  if (!excerpt) throw new AppError('not-found', `There is no excerpt with id ${excerptId} in this matter.`);
  if (excerpt.deleted) throw new AppError('invalid-input', `Excerpt ${excerptId} was deleted; restore it before citing it.`);
  const content = CellContentSchema.safeParse(appendEvidence(current.content, excerpt));
  if (!content.success) throw new AppError('invalid-input', 'This row’s cell is full: split its evidence across rows or remove some.');
  writeCell(db, chartId, limitationId, { ...current, content: content.data, status: status ?? current.status });
}
