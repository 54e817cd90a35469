import type { ChartRow } from '../../../shared/domain/chart';

/** Which rows of the open chart cite each excerpt, by label, from the rows as they are on screen. */
export function usageInChart(rows: readonly ChartRow[]): ReadonlyMap<number, readonly ChartRow[]> {
  const usage = new Map<number, ChartRow[]>();
  for (const row of rows) {
    for (const { excerptId } of row.evidence) {
      const list = usage.get(excerptId);
      if (list) list.push(row);
      else usage.set(excerptId, [row]);
    }
  }
  return usage;
}
