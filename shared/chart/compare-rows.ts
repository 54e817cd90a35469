/**
 * How a chart's rows changed between a saved version (before) and now (after), row by row (matched by
 * limitation id): status, evidence added or removed by excerpt, and a word diff of the cell's plain text.
 */
import type { ChartComparison, Equivalents, RowChange } from '../domain/chart';
import type { ChartStatus } from '../domain/matter';
import { diffWords } from '../text/word-diff';
import { cellPlainText, citedExcerptIds, type CellContent } from './cell-schema';

export interface ComparableRow {
  readonly limitationId: number;
  readonly label: string;
  readonly claimText: string;
  readonly status: ChartStatus;
  readonly content: CellContent;
  readonly equivalents: Equivalents | null;
  readonly internalNote: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function rowChange(before: ComparableRow | undefined, after: ComparableRow | undefined): RowChange | null {
  const row = (after ?? before)!;
  const idsBefore = before ? citedExcerptIds(before.content) : [];
  const idsAfter = after ? citedExcerptIds(after.content) : [];
  const change: RowChange = {
    limitationId: row.limitationId,
    label: row.label,
    change: !before ? 'added' : !after ? 'removed' : 'changed',
    statusBefore: before?.status ?? null,
    statusAfter: after?.status ?? null,
    evidenceAdded: idsAfter.filter((id) => !idsBefore.includes(id)),
    evidenceRemoved: idsBefore.filter((id) => !idsAfter.includes(id)),
    textDiff: diffWords(before ? cellPlainText(before.content) : '', after ? cellPlainText(after.content) : ''),
    claimTextChanged: before?.claimText !== after?.claimText,
    equivalentsChanged: !same(before?.equivalents ?? null, after?.equivalents ?? null),
    noteChanged: (before?.internalNote ?? null) !== (after?.internalNote ?? null),
  };
  const unchanged =
    before && after && before.status === after.status && same(before.content, after.content) && !change.claimTextChanged && !change.equivalentsChanged && !change.noteChanged;
  return unchanged ? null : change;
}

/** Changed rows in the current order, then the rows that exist only in the version. */
export function compareRows(before: readonly ComparableRow[], after: readonly ComparableRow[]): Pick<ChartComparison, 'rows' | 'unchangedRowCount'> {
  const beforeById = new Map(before.map((r) => [r.limitationId, r]));
  const afterIds = new Set(after.map((r) => r.limitationId));
  const changes = [
    ...after.map((r) => rowChange(beforeById.get(r.limitationId), r)),
    ...before.filter((r) => !afterIds.has(r.limitationId)).map((r) => rowChange(r, undefined)),
  ];
  const rows = changes.filter((c): c is RowChange => c !== null);
  return { rows, unchangedRowCount: changes.length - rows.length };
}
