/** How far a chart has come: rows per status, and where the next row still needing evidence is. */
import { chartStatuses, type ChartStatus } from '../domain/matter';
import type { Coverage } from '../domain/chart';

interface RowLike {
  readonly limitationId: number;
  readonly label: string;
  readonly status: ChartStatus;
}

export function emptyStatusCounts(): Record<ChartStatus, number> {
  return Object.fromEntries(chartStatuses.map((s) => [s, 0])) as Record<ChartStatus, number>;
}

export function coverageOf(rows: readonly Pick<RowLike, 'status'>[]): Coverage {
  const statusCounts = emptyStatusCounts();
  for (const row of rows) statusCounts[row.status] += 1;
  return { rowCount: rows.length, statusCounts };
}

/**
 * The first row after `afterLimitationId` that needs evidence, wrapping round to the top so "next" always
 * finds one while any is left; the given row itself comes last. No `afterLimitationId`: from the top.
 */
export function nextNeedsEvidence<R extends RowLike>(rows: readonly R[], afterLimitationId?: number): Pick<R, 'limitationId' | 'label'> | null {
  const start = rows.findIndex((r) => r.limitationId === afterLimitationId) + 1;
  const ordered = [...rows.slice(start), ...rows.slice(0, start)];
  const next = ordered.find((r) => r.status === 'needs-evidence');
  return next ? { limitationId: next.limitationId, label: next.label } : null;
}
