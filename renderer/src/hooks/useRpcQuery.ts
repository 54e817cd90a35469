/**
 * Read methods as cached, shared queries: every component asking for the same method and input shares one
 * request and one result, a view shown again shows its last result at once, and `refreshAllQueries` (run on
 * `matter.changed`) reloads what is on screen while it stays visible.
 *
 * Every failed load that something is waiting for raises one notification (never swallowed); a view that
 * has nothing to show also gets the error to render in place.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/rpc/contract';
import { asRpcError, call, type RpcError } from '../rpc/client';
import { reportError } from '../ui/notifications';

export interface QueryState<T> {
  readonly data?: T;
  /** The last load's failure, kept only while there is no data to show instead. */
  readonly error?: RpcError;
  readonly loading: boolean;
}

export interface Query<T> extends QueryState<T> {
  readonly reload: () => void;
}

interface Entry {
  state: QueryState<unknown>;
  readonly fetch: () => Promise<unknown>;
  readonly failureTitle: string;
  readonly listeners: Set<() => void>;
  /** Bumped by every load, so an answer that a newer load has overtaken is dropped. */
  generation: number;
  started: boolean;
}

const entries = new Map<string, Entry>();
const idle: QueryState<never> = { loading: false };

function update(entry: Entry, state: QueryState<unknown>): void {
  entry.state = state;
  for (const listener of entry.listeners) listener();
}

function load(entry: Entry): void {
  entry.started = true;
  const generation = ++entry.generation;
  update(entry, { ...entry.state, loading: true });
  entry.fetch().then(
    (data) => {
      if (generation === entry.generation) update(entry, { data, loading: false });
    },
    (reason: unknown) => {
      if (generation !== entry.generation) return;
      if (entry.listeners.size === 0) {
        // Nothing shows this any more (the view closed while it loaded, e.g. its patent went with the matter
        // it belonged to): no one to tell. It loads afresh when shown again.
        entry.state = idle;
        entry.started = false;
        return;
      }
      const error = asRpcError(reason);
      reportError(entry.failureTitle, error);
      const { data } = entry.state;
      update(entry, data === undefined ? { error, loading: false } : { data, loading: false });
    },
  );
}

function entryFor<M extends MethodName>(method: M, input: MethodInput<M>, failureTitle: string): Entry {
  const key = `${method} ${JSON.stringify(input)}`;
  let entry = entries.get(key);
  if (!entry) {
    entry = { state: idle, fetch: () => call(method, input), failureTitle, listeners: new Set(), generation: 0, started: false };
    entries.set(key, entry);
  }
  return entry;
}

/**
 * Reloads every query something shows, and makes the others load afresh when next shown: after a change
 * (another matter opened, say), old answers may be wrong and must not flash up.
 */
export function refreshAllQueries(): void {
  for (const entry of entries.values()) {
    if (entry.listeners.size > 0) {
      load(entry);
    } else {
      entry.generation++;
      entry.state = idle;
      entry.started = false;
    }
  }
}

/**
 * `input` null means "nothing to ask yet" (the state stays idle). `failureTitle` heads the notification if
 * the load fails, e.g. "Could not load the patent".
 */
export function useRpcQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  failureTitle: string,
): Query<MethodOutput<M>> {
  const entry = input === null ? undefined : entryFor(method, input, failureTitle);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!entry) return () => {};
      entry.listeners.add(onChange);
      if (!entry.started) load(entry);
      return () => entry.listeners.delete(onChange);
    },
    [entry],
  );
  const state = useSyncExternalStore(subscribe, () => entry?.state ?? idle) as QueryState<MethodOutput<M>>;
  const reload = useCallback(() => {
    if (entry) load(entry);
  }, [entry]);
  return { ...state, reload };
}
