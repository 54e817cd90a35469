/** Autosave: debounced, merged per row, and kept through failures until a retry goes through. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartRow } from '../../../shared/domain/chart';
import type { CellPatch } from '../../../shared/rpc/methods/charts';
import { CellSaver, SAVE_DEBOUNCE_MS, type SaveState } from '../../../renderer/src/charts/cellSaver';

const stored = (limitationId: number) => ({ limitationId }) as ChartRow;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function saverWith(send: (id: number, patch: CellPatch) => Promise<ChartRow>) {
  const saved: [number, CellPatch][] = [];
  const failures: unknown[] = [];
  const states: SaveState['kind'][] = [];
  const saver = new CellSaver(send, (row, sent) => saved.push([row.limitationId, sent]), (error) => failures.push(error));
  saver.subscribe(() => states.push(saver.getState().kind));
  return { saver, saved, failures, states };
}

describe('CellSaver', () => {
  it('gathers a burst of changes to a row into one write after the debounce', async () => {
    const send = vi.fn((id: number) => Promise.resolve(stored(id)));
    const { saver, saved } = saverWith(send);
    saver.queue(1, { status: 'literal' });
    saver.queue(1, { internalNote: 'a' });
    saver.queue(1, { internalNote: 'ab' });
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(1);
    expect(saved).toEqual([[1, { status: 'literal', internalNote: 'ab' }]]);
    expect(saver.getState().kind).toBe('saved');
  });

  it('writes at once on flush', async () => {
    const send = vi.fn((id: number) => Promise.resolve(stored(id)));
    const { saver } = saverWith(send);
    saver.queue(2, { status: 'partial' });
    await saver.flush();
    expect(send).toHaveBeenCalledWith(2, { status: 'partial' });
    expect(saver.hasPending()).toBe(false);
  });

  it('keeps a failed change, says so once, retries with a growing delay, and lets newer typing win', async () => {
    let failuresLeft = 2;
    const send = vi.fn((id: number) => (failuresLeft-- > 0 ? Promise.reject(new Error('The disk is full.')) : Promise.resolve(stored(id))));
    const { saver, saved, failures } = saverWith(send);
    saver.queue(3, { internalNote: 'first' });
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(saver.getState()).toMatchObject({ kind: 'failed', message: 'The disk is full.' });
    expect(saver.pendingFor(3)).toEqual({ internalNote: 'first' });
    saver.queue(3, { internalNote: 'second', status: 'literal' });
    await vi.advanceTimersByTimeAsync(1_000); // first retry, fails
    expect(send).toHaveBeenCalledTimes(2);
    expect(saver.getState().kind).toBe('failed');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(send).toHaveBeenCalledTimes(2); // the delay doubled
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(3);
    expect(saved).toEqual([[3, { internalNote: 'second', status: 'literal' }]]);
    expect(failures).toHaveLength(1);
    expect(saver.getState().kind).toBe('saved');
  });

  it('counts a change being sent as pending until it is answered', async () => {
    let answer!: (row: ChartRow) => void;
    const { saver } = saverWith(() => new Promise((resolve) => (answer = resolve)));
    saver.queue(4, { status: 'not-met' });
    const flushed = saver.flush();
    expect(saver.pendingFor(4)).toEqual({ status: 'not-met' });
    answer(stored(4));
    await flushed;
    expect(saver.pendingFor(4)).toBeUndefined();
  });
});
