import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { coverageOf, nextNeedsEvidence } from '../../../shared/chart/coverage';
import type { ChartDetail } from '../../../shared/domain/chart';
import type { MatterOverview } from '../../../shared/domain/matter';
import { ALL_EXCERPTS, useExcerpts } from '../documents/queries';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { useOverview } from '../hooks/queries';
import { matchesShortcut, shortcuts } from '../patents/shortcuts';
import { CellToolbar, CellToolbarHostContext } from '../editor/CellToolbar';
import { ChartHeading } from './ChartHeading';
import { ChartRows, type ChartRowsHandle } from './ChartRows';
import { CoverageBar } from './CoverageBar';
import { excerptAsEvidence } from './excerptEvidence';
import { ExportDialogTrigger } from './export/ExportDialog';
import { RowUndoButtons } from './RowUndoButtons';
import { SaveStatus } from './SaveStatus';
import { useChartEditing } from './useChartEditing';
import { SaveVersionTrigger } from './versions/SaveVersionDialog';
import { VersionBanner } from './versions/VersionBanner';
import { VersionsMenu } from './versions/VersionsMenu';
import './ChartView.css';

interface ChartViewProps {
  /** The chart, or a saved version of it (read-only). */
  readonly chart: ChartDetail;
  readonly overview: MatterOverview;
  /** A row to scroll to and focus (from the route). */
  readonly focusRow: number | undefined;
}

const isTextEntry = (target: EventTarget) => target instanceof Element && target.closest('input, textarea, [contenteditable="true"]') !== null;

/** A claim chart: its heading and coverage, the rows (virtualized) and, beside them, the evidence to cite. */
export function ChartView({ chart, overview, focusRow }: ChartViewProps) {
  const readOnly = chart.readOnly || overview.matter.readOnly;
  const rowsRef = useRef<ChartRowsHandle>(null);
  const [toolbarHost, setToolbarHost] = useState<HTMLElement | null>(null);
  const reloadOverview = useOverview().reload;
  const editing = useChartEditing(chart, {
    onStatusSaved: reloadOverview,
    reveal: (limitationId) => rowsRef.current?.reveal(limitationId),
  });
  const { rows, focusedId, saver, actions } = editing;

  const { data: excerpts } = useExcerpts(ALL_EXCERPTS);
  const excerptIndex = useMemo(() => new Map(excerpts?.map((e) => [e.id, e])), [excerpts]);
  const excerptOf = useCallback((id: number) => excerptIndex.get(id), [excerptIndex]);
  const sourceQuote = useCallback((id: number) => {
    const excerpt = excerptIndex.get(id);
    return excerpt?.kind === 'text' ? excerpt.quote : undefined;
  }, [excerptIndex]);
  const excerptEvidence = useCallback((id: number) => excerptAsEvidence(excerptIndex.get(id)), [excerptIndex]);

  const coverage = useMemo(() => coverageOf(rows), [rows]);
  const flush = useCallback(() => saver.flush(), [saver]);
  const focusedRow = rows.find((r) => r.limitationId === focusedId);

  const revealRow = useCallback((limitationId: number) => {
    actions.focus(limitationId);
    rowsRef.current?.reveal(limitationId, true);
  }, [actions]);

  // The route names a row (a usage link, the dashboard): bring it into view once the rows are laid out.
  useEffect(() => {
    if (focusRow !== undefined) requestAnimationFrame(() => revealRow(focusRow));
  }, [focusRow, revealRow]);

  const onKeyDown = (event: KeyboardEvent) => {
    // Inside a cell or a field, undo is the field's own; elsewhere it undoes the last row-level change.
    if (readOnly || isTextEntry(event.target)) return;
    if (matchesShortcut(event, shortcuts.undo)) editing.undo();
    else if (matchesShortcut(event, shortcuts.redo) || matchesShortcut(event, shortcuts.redoAlternative)) editing.redo();
    else return;
    event.preventDefault();
  };

  return (
    <div className="chart-view" onKeyDown={onKeyDown}>
      <header className="chart-view__header">
        <div className="chart-view__title-row">
          <ChartHeading chart={chart} excerptOf={excerptOf} />
          <div className="chart-view__actions">
            {!chart.version && (
              <>
                <VersionsMenu chartId={chart.id} beforeLeaving={flush} />
                {!readOnly && <SaveVersionTrigger chartId={chart.id} beforeSaving={flush} />}
                <ExportDialogTrigger chart={chart} beforeExport={flush} />
              </>
            )}
          </div>
        </div>
        {chart.version && <VersionBanner chartId={chart.id} version={chart.version} matterReadOnly={overview.matter.readOnly} />}
        <CoverageBar
          coverage={coverage}
          onNextNeedingEvidence={() => {
            const next = nextNeedsEvidence(rows, focusedId);
            if (next) revealRow(next.limitationId);
          }}
        />
      </header>
      <div className="chart-view__body">
        <div className="chart-view__sheet">
          {!readOnly && (
            <div className="chart-view__toolbar">
              <div ref={setToolbarHost} className="chart-view__format">
                {!editing.editing && <CellToolbar editor={null} label="Formatting (click into a cell to edit it)" />}
              </div>
              <span className="chart-view__toolbar-divider" />
              <RowUndoButtons history={editing.history} onUndo={editing.undo} onRedo={editing.redo} />
              <SaveStatus saver={saver} />
            </div>
          )}
          <CellToolbarHostContext.Provider value={toolbarHost}>
            <ChartRows ref={rowsRef} label={`Rows of ${chart.title}`} editing={editing} readOnly={readOnly} excerptEvidence={excerptEvidence} sourceQuote={sourceQuote} />
          </CellToolbarHostContext.Provider>
        </div>
        <EvidencePanel chart={chart} rows={rows} focusedRow={focusedRow} overview={overview} readOnly={readOnly} onCite={editing.citeInFocusedRow} onInsertCite={editing.insertCiteInFocusedRow} />
      </div>
    </div>
  );
}
