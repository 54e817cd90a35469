/**
 * The chart's rows as the user edits them: applied at once on screen, saved through the CellSaver, with
 * row-level undo. The cell being edited owns its words while its editor is mounted (the "draft"); they go
 * back into the rows when the editor closes, so typing re-renders one editor, never the chart.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { appendCitation, appendEvidence, type CitableExcerpt } from '../../../shared/chart/append-evidence';
import type { CellContent } from '../../../shared/chart/cell-schema';
import type { ChartDetail, ChartRow } from '../../../shared/domain/chart';
import type { CellPatch } from '../../../shared/rpc/methods/charts';
import { insertCitation, insertEvidence } from '../editor/commands';
import type { EditStart } from '../editor/CellEditor';
import { asRpcError, call } from '../rpc/client';
import { reportError } from '../ui/notifications';
import { CellSaver } from './cellSaver';
import type { RowActions } from './rowActions';
import { RowHistory } from './rowHistory';

/** The stored row, keeping the local value of every field with a change not yet written. */
function mergeStored(local: ChartRow, stored: ChartRow, pending: CellPatch | undefined): ChartRow {
  if (!pending) return stored;
  return {
    ...stored,
    status: pending.status !== undefined ? local.status : stored.status,
    content: pending.content !== undefined ? local.content : stored.content,
    equivalents: pending.equivalents !== undefined ? local.equivalents : stored.equivalents,
    internalNote: pending.internalNote !== undefined ? local.internalNote : stored.internalNote,
  };
}

function fieldsOf(row: ChartRow, content: CellContent, keys: readonly (keyof CellPatch)[]): CellPatch {
  const all: Required<CellPatch> = { status: row.status, content, equivalents: row.equivalents, internalNote: row.internalNote };
  return Object.fromEntries(keys.map((key) => [key, all[key]]));
}

export interface ChartEditing {
  readonly rows: readonly ChartRow[];
  readonly focusedId: number | undefined;
  readonly editing: { readonly limitationId: number; readonly start: EditStart } | undefined;
  readonly saver: CellSaver;
  readonly history: RowHistory;
  readonly actions: RowActions;
  /** The focused row's cell gets the excerpt (at the cursor when it is being edited). */
  citeInFocusedRow(excerpt: CitableExcerpt): void;
  /** The focused row's cell gets a citation chip for the excerpt (at the caret when it is being edited). */
  insertCiteInFocusedRow(excerpt: CitableExcerpt): void;
  undo(): void;
  redo(): void;
}

interface Options {
  /** A status was written: the matter's chart counts (sidebar, dashboard) are out of date. */
  readonly onStatusSaved: () => void;
  /** Brings a row into view (an undone change may be off screen). */
  readonly reveal: (limitationId: number) => void;
}

export function useChartEditing(chart: ChartDetail, options: Options): ChartEditing {
  const [rows, setRows] = useState(chart.rows);
  const [focusedId, setFocusedId] = useState<number>();
  const [editing, setEditing] = useState<ChartEditing['editing']>();
  const drafts = useRef(new Map<number, CellContent>());
  const editorRef = useRef<Editor | null>(null);
  const latest = useRef({ rows, editing, focusedId, options });
  latest.current = { rows, editing, focusedId, options };

  const [history] = useState(() => new RowHistory());
  const [saver] = useState(
    () =>
      new CellSaver(
        (limitationId, patch) => call('chart.updateCell', { chartId: chart.id, limitationId, ...patch }),
        (stored, sent) => {
          setRows((current) => current.map((r) => (r.limitationId === stored.limitationId ? mergeStored(r, stored, saver.pendingFor(r.limitationId)) : r)));
          if (sent.status !== undefined) latest.current.options.onStatusSaved();
        },
        (error) => reportError('The chart’s latest changes are not saved yet', asRpcError(error)),
      ),
  );

  // The chart as reloaded (a change elsewhere in the matter): take it, keeping what is not written yet.
  const loaded = useRef(chart);
  useEffect(() => {
    if (loaded.current === chart) return;
    loaded.current = chart;
    setRows((current) => {
      const byId = new Map(current.map((r) => [r.limitationId, r]));
      return chart.rows.map((stored) => {
        const local = byId.get(stored.limitationId);
        return local ? mergeStored(local, stored, saver.pendingFor(stored.limitationId)) : stored;
      });
    });
  }, [chart, saver]);

  // Leaving the chart (another view, closing the window) writes what is pending at once.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasPending()) return;
      void saver.flush();
      // In a browser tab, ask before closing on unsaved work; Electron's window would refuse to close silently.
      if (!window.claimchart) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void saver.flush();
    };
  }, [saver]);

  const { actions, apply, citeInFocusedRow, insertCiteInFocusedRow } = useMemo(() => {
    const rowOf = (id: number) => latest.current.rows.find((r) => r.limitationId === id);
    const contentOf = (row: ChartRow) => drafts.current.get(row.limitationId) ?? row.content;

    const setFields = (limitationId: number, patch: CellPatch) => {
      setRows((current) => current.map((r) => (r.limitationId === limitationId ? { ...r, ...patch } : r)));
      saver.queue(limitationId, patch);
    };
    /** Changes that replace a cell's words close its editor first (its draft goes into the rows). */
    const apply = (limitationId: number, patch: CellPatch) => {
      if (patch.content !== undefined && latest.current.editing?.limitationId === limitationId) {
        const draft = drafts.current.get(limitationId);
        drafts.current.delete(limitationId);
        if (draft) setFields(limitationId, { content: draft });
        setEditing(undefined);
      }
      setFields(limitationId, patch);
    };
    const change = (limitationId: number, after: CellPatch, what: string) => {
      const row = rowOf(limitationId);
      if (!row) return;
      const before = fieldsOf(row, contentOf(row), Object.keys(after) as (keyof CellPatch)[]);
      apply(limitationId, after);
      history.record({ limitationId, label: row.label, what, before, after });
    };
    const actions: RowActions = {
      focus(limitationId) {
        setFocusedId(limitationId);
        if (latest.current.editing && latest.current.editing.limitationId !== limitationId) setEditing(undefined);
      },
      edit(limitationId, start) {
        setFocusedId(limitationId);
        setEditing({ limitationId, start });
      },
      stopEditing() {
        const id = latest.current.editing?.limitationId;
        setEditing(undefined);
        // Focus stays on the row, for the keyboard to go on from there.
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-row-id="${id}"]`)?.focus());
      },
      draftContent(limitationId, content) {
        drafts.current.set(limitationId, content);
        saver.queue(limitationId, { content });
      },
      setEditor(editor) {
        const gone = editorRef.current;
        editorRef.current = editor;
        if (editor || !gone) return;
        // Unmounted (closed, or scrolled out of the list): unless it mounts again at once (React's strict
        // mode does that), its draft goes into the rows and editing ends.
        queueMicrotask(() => {
          if (editorRef.current) return;
          const id = latest.current.editing?.limitationId;
          for (const [limitationId, content] of drafts.current) {
            setRows((current) => current.map((r) => (r.limitationId === limitationId ? { ...r, content } : r)));
          }
          drafts.current.clear();
          if (id !== undefined) setEditing((e) => (e?.limitationId === id ? undefined : e));
        });
      },
      setFields,
      record: (c) => history.record(c),
      change,
      cite(limitationId, excerpt) {
        const editor = editorRef.current;
        if (editor && latest.current.editing?.limitationId === limitationId) {
          insertEvidence(editor, excerpt);
          ReactEditor.focus(editor);
          return;
        }
        const row = rowOf(limitationId);
        if (row) change(limitationId, { content: appendEvidence(contentOf(row), excerpt) }, `evidence in ${row.label}`);
      },
      insertCite(limitationId, excerptId) {
        const editor = editorRef.current;
        if (editor && latest.current.editing?.limitationId === limitationId) {
          insertCitation(editor, excerptId);
          ReactEditor.focus(editor);
          return;
        }
        const row = rowOf(limitationId);
        if (row) change(limitationId, { content: appendCitation(contentOf(row), excerptId) }, `cite in ${row.label}`);
      },
      flush: () => void saver.flush(),
    };
    const citeInFocusedRow = (excerpt: CitableExcerpt) => {
      if (latest.current.focusedId !== undefined) actions.cite(latest.current.focusedId, excerpt);
    };
    const insertCiteInFocusedRow = (excerpt: CitableExcerpt) => {
      if (latest.current.focusedId !== undefined) actions.insertCite(latest.current.focusedId, excerpt.id);
    };
    return { actions, apply, citeInFocusedRow, insertCiteInFocusedRow };
  }, [saver, history]);

  const { undo, redo } = useMemo(() => {
    const replay = (step: 'undo' | 'redo') => {
      const change = step === 'undo' ? history.undo() : history.redo();
      if (!change) return;
      latest.current.options.reveal(change.limitationId);
      apply(change.limitationId, step === 'undo' ? change.before : change.after);
    };
    return { undo: () => replay('undo'), redo: () => replay('redo') };
  }, [history, apply]);

  return {
    rows,
    focusedId,
    editing,
    saver,
    history,
    actions,
    citeInFocusedRow,
    insertCiteInFocusedRow,
    undo,
    redo,
  };
}
