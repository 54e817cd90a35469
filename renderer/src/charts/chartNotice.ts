/**
 * A short confirmation shown in the chart's toolbar ("Version saved"), for a few seconds. The app's
 * notification region is for failures, which stay until dismissed; a success only needs a word in passing.
 * Kept outside React so a notice can outlive a change of view (restoring a version opens the chart).
 */
import { useEffect, useSyncExternalStore } from 'react';

const SHOWN_FOR_MS = 8_000;

let notice: string | null = null;
const listeners = new Set<() => void>();

function set(value: string | null): void {
  notice = value;
  for (const listener of listeners) listener();
}

export function announceInChart(message: string): void {
  set(message);
}

export function useChartNotice(): string | null {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
  );
  useEffect(() => {
    if (current === null) return;
    const timer = setTimeout(() => notice === current && set(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [current]);
  return current;
}
