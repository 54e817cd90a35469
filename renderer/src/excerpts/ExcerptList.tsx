import type { ReactNode } from 'react';
import type { Excerpt } from '../../../shared/domain/document';
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

/** Excerpts in reading order (as the Node side sorts them), with the undo bar for the last one deleted. */
export function ExcerptList({ excerpts, selectedId, onOpen, readOnly, empty }: ExcerptListProps) {
  return (
    <div className="excerpt-list">
      <UndoBar />
      {excerpts.length === 0 ? (
        empty
      ) : (
        <ol className="excerpt-list__items" aria-label="Excerpts">
          {excerpts.map((excerpt) => (
            <li key={excerpt.id}>
              <ExcerptCard excerpt={excerpt} selected={excerpt.id === selectedId} onOpen={onOpen} readOnly={readOnly} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
