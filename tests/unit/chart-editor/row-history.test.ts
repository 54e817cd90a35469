import { describe, expect, it } from 'vitest';
import { RowHistory, type RowChange } from '../../../renderer/src/charts/rowHistory';

const change = (limitationId: number, before: RowChange['before'], after: RowChange['after']): RowChange => ({ limitationId, label: `[${limitationId}]`, what: 'status', before, after });

describe('RowHistory', () => {
  it('undoes to the previous values and redoes, newest first; a new change drops the redos', () => {
    const history = new RowHistory();
    history.record(change(1, { status: 'needs-evidence' }, { status: 'literal' }));
    history.record(change(2, { internalNote: null }, { internalNote: 'x' }));
    expect(history.undo()?.before).toEqual({ internalNote: null });
    expect(history.undo()?.before).toEqual({ status: 'needs-evidence' });
    expect(history.undo()).toBeUndefined();
    expect(history.redo()?.after).toEqual({ status: 'literal' });
    history.record(change(3, { status: 'partial' }, { status: 'not-met' }));
    expect(history.redo()).toBeUndefined();
    expect(history.getSnapshot().undo?.limitationId).toBe(3);
  });
});
