import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import type { ChartRow } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';
import type { MatterOverview } from '../../../shared/domain/matter';
import { FilterSelect } from '../documents/FilterSelect';
import { ALL_EXCERPTS, useExcerpts } from '../documents/queries';
import { countOf } from '../ui/format';
import { EmptyState, LoadingState } from '../ui/states';
import { EvidenceExcerptCard } from './EvidenceExcerptCard';
import { usageInChart } from './excerptUsage';
import './ExcerptsTab.css';
import '../charts/choices.css';

interface ExcerptsTabProps {
  readonly chartId: number;
  readonly rows: readonly ChartRow[];
  readonly overview: MatterOverview;
  readonly canCite: boolean;
  readonly readOnly: boolean;
  readonly onCite: (excerpt: Excerpt) => void;
  readonly onInsertCite: (excerpt: Excerpt) => void;
  readonly onDelete: (excerpt: Excerpt) => void;
}

const noRows: readonly ChartRow[] = [];

/** The matter's excerpts, filtered by document, product, tag, or those this chart does not cite yet. */
export function ExcerptsTab({ chartId, rows, overview, canCite, readOnly, onCite, onInsertCite, onDelete }: ExcerptsTabProps) {
  const [documentId, setDocumentId] = useState<number>();
  const [productId, setProductId] = useState<number>();
  const [tag, setTag] = useState<string>();
  const [uncitedOnly, setUncitedOnly] = useState(false);
  const all = useExcerpts(ALL_EXCERPTS);
  const filtered = useExcerpts({ ...ALL_EXCERPTS, documentId, productId, tag });
  const usage = useMemo(() => usageInChart(rows), [rows]);
  const tags = useMemo(() => [...new Set(all.data?.flatMap((e) => e.tags))].sort(), [all.data]);
  const excerpts = useMemo(() => (uncitedOnly ? filtered.data?.filter((e) => !usage.has(e.id)) : filtered.data), [filtered.data, uncitedOnly, usage]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: excerpts?.length ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => 160,
    overscan: 4,
    gap: 8,
    getItemKey: (index) => excerpts![index]!.id,
  });

  const tagOptions = tags.map((name, i) => ({ id: i + 1, name }));
  return (
    <div className="excerpts-tab">
      <div className="excerpts-tab__filters">
        <FilterSelect label="Document" allLabel="All documents" options={overview.documents.map((d) => ({ id: d.id, name: d.shortName }))} value={documentId} onChange={setDocumentId} />
        <FilterSelect label="Product" allLabel="All products" options={overview.products} value={productId} onChange={setProductId} />
        <FilterSelect
          label="Tag"
          allLabel="Any tag"
          options={tagOptions}
          value={tag === undefined ? undefined : tags.indexOf(tag) + 1}
          onChange={(id) => setTag(id === undefined ? undefined : tags[id - 1])}
        />
        <Checkbox className="choice excerpts-tab__uncited" isSelected={uncitedOnly} onChange={setUncitedOnly}>
          <span className="choice__box" aria-hidden="true" />
          Not cited in this chart
        </Checkbox>
      </div>
      {excerpts && <p className="excerpts-tab__count">{countOf(excerpts.length, 'excerpt')}</p>}
      <div ref={scroller} className="excerpts-tab__list">
        {!excerpts ? (
          <LoadingState label="Loading the excerpts…" />
        ) : excerpts.length === 0 ? (
          <EmptyState compact title={filtered.data?.length ? 'Every excerpt here is cited' : 'No excerpts'}>
            <p>Open a document, select its words and choose Add excerpt, or capture a region of a page; excerpts appear here to cite.</p>
          </EmptyState>
        ) : (
          <div className="excerpts-tab__sizer" role="list" aria-label="Excerpts" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const excerpt = excerpts[item.index]!;
              return (
                <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} role="listitem" className="excerpts-tab__item" style={{ transform: `translateY(${item.start}px)` }}>
                  <EvidenceExcerptCard
                    excerpt={excerpt}
                    chartId={chartId}
                    rowsHere={usage.get(excerpt.id) ?? noRows}
                    canCite={canCite}
                    readOnly={readOnly}
                    onCite={onCite}
                    onInsertCite={onInsertCite}
                    onDelete={onDelete}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
