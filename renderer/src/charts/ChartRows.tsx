import { useVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useRef, type Ref } from 'react';
import type { RowEvidence } from '../../../shared/domain/chart';
import { ChartRowView } from './ChartRowView';
import type { ChartEditing } from './useChartEditing';
import './ChartRows.css';

export interface ChartRowsHandle {
  /** Scrolls a row into view, and focuses it when asked. */
  reveal(limitationId: number, focus?: boolean): void;
}

interface ChartRowsProps {
  readonly ref: Ref<ChartRowsHandle>;
  readonly label: string;
  readonly editing: ChartEditing;
  readonly readOnly: boolean;
  readonly excerptEvidence: (excerptId: number) => RowEvidence | undefined;
  readonly sourceQuote: (excerptId: number) => string | undefined;
}

/** A row's height before it is measured: a limitation and a short cell. */
const ESTIMATED_ROW_HEIGHT = 150;

/**
 * The rows, virtualized: only those in view (and a few beyond) are in the DOM, so a 300-row chart opens and
 * types as fast as a short one. Rows measure themselves as they render.
 */
export function ChartRows({ ref, label, editing, readOnly, excerptEvidence, sourceQuote }: ChartRowsProps) {
  const { rows, focusedId, actions } = editing;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 3,
    getItemKey: (index) => rows[index]!.limitationId,
  });

  useImperativeHandle(
    ref,
    () => ({
      reveal(limitationId, focus = false) {
        const index = rows.findIndex((r) => r.limitationId === limitationId);
        if (index < 0) return;
        virtualizer.scrollToIndex(index, { align: 'start' });
        if (!focus) return;
        // The row renders once scrolled to; measuring may move it a little, so it is looked up late.
        const focusRow = (tries: number) =>
          requestAnimationFrame(() => {
            const element = scroller.current?.querySelector<HTMLElement>(`[data-row-id="${limitationId}"]`);
            if (element) element.focus({ preventScroll: true });
            else if (tries > 0) focusRow(tries - 1);
          });
        focusRow(10);
      },
    }),
    [rows, virtualizer],
  );

  return (
    <div ref={scroller} className="chart-rows">
      <div className="chart-rows__sizer" role="list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={rows.length}
              className="chart-rows__item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ChartRowView
                row={row}
                focused={row.limitationId === focusedId}
                editStart={editing.editing?.limitationId === row.limitationId ? editing.editing.start : undefined}
                readOnly={readOnly}
                firstOfClaim={item.index === 0 || rows[item.index - 1]!.claimNumber !== row.claimNumber}
                excerptEvidence={excerptEvidence}
                sourceQuote={sourceQuote}
                actions={actions}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

