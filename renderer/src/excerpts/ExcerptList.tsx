import type { ReactNode } from 'react';
import { MAX_USAGE_EXCERPTS, type ExcerptUsage } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';
import { useRpcQuery } from '../hooks/useRpcQuery';
import { ExcerptCard } from './ExcerptCard';
import { UndoBar } from './UndoBar';
import './ExcerptList.css';

interface ExcerptListProps {
  readonly excerpts: readonly Excerpt[];
  readonly selectedId?: number;
  readonly onOpen?: (excerpt: Excerpt) => void;
  readonly readOnly: boolean;
  /** Shown when there are no excerpts. */
  readonly empty: ReactNode;
}

const noUsage: readonly ExcerptUsage[] = [];

/**
 * Excerpts in reading order (as the Node side sorts them), with the undo bar for the last one deleted. Where
 * each is cited is asked once for the whole list (`excerpt.usages`), and asked again after a "Cite in…".
 */
export function ExcerptList({ excerpts, selectedId, onOpen, readOnly, empty }: ExcerptListProps) {
  const excerptIds = excerpts.slice(0, MAX_USAGE_EXCERPTS).map((e) => e.id);
  const { data: citations, reload } = useRpcQuery('excerpt.usages', excerptIds.length > 0 ? { excerptIds } : null, 'Could not find where the excerpts are cited');
  const usage = new Map<number, ExcerptUsage[]>();
  for (const { excerptId, ...row } of citations ?? []) usage.set(excerptId, [...(usage.get(excerptId) ?? []), row]);
  const asked = new Set(excerptIds);
  const usageOf = (id: number) => (citations && asked.has(id) ? (usage.get(id) ?? noUsage) : undefined);
  return (
    <div className="excerpt-list">
      <UndoBar />
      {excerpts.length === 0 ? (
        empty
      ) : (
        <ol className="excerpt-list__items" aria-label="Excerpts">
          {excerpts.map((excerpt) => (
            <li key={excerpt.id}>
              <ExcerptCard
                excerpt={excerpt}
                usage={usageOf(excerpt.id)}
                selected={excerpt.id === selectedId}
                onOpen={onOpen}
                onCited={reload}
                readOnly={readOnly}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
