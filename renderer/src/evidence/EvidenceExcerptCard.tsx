import { memo } from 'react';
import { Button } from 'react-aria-components';
import type { ChartRow } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';
import { documentHref } from '../app/route';
import { writeExcerpt } from '../editor/evidenceTransfer';
import { binaryUrl } from '../rpc/client';
import { Badge } from '../ui/Badge';
import { IconButton } from '../ui/IconButton';
import { TrashIcon } from '../viewer/icons';
import { ExcerptUsage } from './ExcerptUsage';
import './EvidenceExcerptCard.css';

interface EvidenceExcerptCardProps {
  readonly excerpt: Excerpt;
  readonly chartId: number;
  readonly rowsHere: readonly ChartRow[];
  /** False while no row is current or the chart cannot be changed. */
  readonly canCite: boolean;
  readonly readOnly: boolean;
  readonly onCite: (excerpt: Excerpt) => void;
  /** A citation chip at the caret of the current row's cell (the end of its last line when it has none). */
  readonly onInsertCite: (excerpt: Excerpt) => void;
  readonly onDelete: (excerpt: Excerpt) => void;
}

/**
 * An excerpt to cite: dragged onto a row, or put into the current row with its buttons, as its quote (or
 * figure) with the cite, or as the cite alone, a chip in the commentary at the caret.
 */
export const EvidenceExcerptCard = memo(function EvidenceExcerptCard({ excerpt, chartId, rowsHere, canCite, readOnly, onCite, onInsertCite, onDelete }: EvidenceExcerptCardProps) {
  const page = excerpt.pageLabel ?? String(excerpt.page);
  return (
    <article
      className="evidence-card"
      aria-label={`Excerpt at ${excerpt.cite}`}
      data-excerpt-id={excerpt.id}
      draggable={!readOnly}
      onDragStart={(event) => writeExcerpt(event.dataTransfer, excerpt, excerpt.cite)}
    >
      <div className="evidence-card__header">
        <a className="evidence-card__cite" href={documentHref(excerpt.documentId, { page: excerpt.page, excerptId: excerpt.id })} draggable={false}>
          {excerpt.cite}
        </a>
        {excerpt.kind === 'region' && <Badge>Figure</Badge>}
      </div>
      {excerpt.imageSha256 ? (
        <img
          className="evidence-card__image"
          src={binaryUrl(`/image/${excerpt.imageSha256}`)}
          alt={`Region of page ${page}`}
          loading="lazy"
          draggable={false}
        />
      ) : (
        <blockquote className="evidence-card__quote">{excerpt.quote}</blockquote>
      )}
      {excerpt.note && <p className="evidence-card__note">{excerpt.note}</p>}
      {excerpt.tags.length > 0 && (
        <ul className="evidence-card__tags" aria-label="Tags">
          {excerpt.tags.map((tag) => (
            <li key={tag}>
              <Badge tone="accent">{tag}</Badge>
            </li>
          ))}
        </ul>
      )}
      <div className="evidence-card__footer">
        <ExcerptUsage excerptId={excerpt.id} chartId={chartId} rowsHere={rowsHere} />
        {!readOnly && (
          <span className="evidence-card__actions">
            <Button className="button evidence-card__cite-button" isDisabled={!canCite} onPress={() => onCite(excerpt)}>
              Cite in current row
            </Button>
            <Button className="button evidence-card__cite-button" isDisabled={!canCite} onPress={() => onInsertCite(excerpt)}>
              Insert cite
            </Button>
            <IconButton tooltip="Delete excerpt" onPress={() => onDelete(excerpt)}>
              <TrashIcon />
            </IconButton>
          </span>
        )}
      </div>
    </article>
  );
});
