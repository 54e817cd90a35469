import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { ExcerptUsage } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';
import { documentHref } from '../app/route';
import { binaryUrl } from '../rpc/client';
import { Badge } from '../ui/Badge';
import { IconButton } from '../ui/IconButton';
import { EditIcon, TrashIcon } from '../viewer/icons';
import { ExcerptUsageInCharts } from '../evidence/ExcerptUsage';
import { useExcerptDeletion } from '../evidence/useExcerptDeletion';
import { CiteInDialog } from './CiteInDialog';
import { ExcerptEditDialog } from './ExcerptEditDialog';
import '../ui/buttons.css';
import './ExcerptCard.css';

interface ExcerptCardProps {
  readonly excerpt: Excerpt;
  /** The chart rows citing it (undefined while not known). */
  readonly usage?: readonly ExcerptUsage[];
  readonly selected?: boolean;
  /** Also told when its link is followed, so the viewer can scroll to it again if it is already open. */
  readonly onOpen?: (excerpt: Excerpt) => void;
  /** Told after "Cite in…" put it in a chart row, so the usage is asked again. */
  readonly onCited?: () => void;
  readonly readOnly: boolean;
}

/**
 * One excerpt: its pinpoint cite (which opens it in the viewer), what it captured, its note and tags, where
 * it is cited, and "Cite in…" to put it in a chart row.
 */
export function ExcerptCard({ excerpt, usage, selected = false, onOpen, onCited, readOnly }: ExcerptCardProps) {
  const [editing, setEditing] = useState(false);
  const [citing, setCiting] = useState(false);
  // A cited excerpt asks first and names the rows that cite it.
  const { requestDelete, confirmation } = useExcerptDeletion();
  const ref = useRef<HTMLElement>(null);
  // An excerpt chosen in the viewer is brought into view in the list.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <article
      ref={ref}
      className="excerpt-card"
      aria-label={`Excerpt at ${excerpt.cite}`}
      data-selected={selected || undefined}
      data-excerpt-id={excerpt.id}
      aria-current={selected || undefined}
    >
      <div className="excerpt-card__header">
        <a
          className="excerpt-card__cite"
          href={documentHref(excerpt.documentId, { page: excerpt.page, excerptId: excerpt.id })}
          onClick={() => onOpen?.(excerpt)}
        >
          {excerpt.cite}
        </a>
        <Badge>{excerpt.kind === 'text' ? 'Text' : 'Region'}</Badge>
        {!readOnly && (
          <span className="excerpt-card__actions">
            <IconButton tooltip="Edit note and tags" onPress={() => setEditing(true)}>
              <EditIcon />
            </IconButton>
            <IconButton tooltip="Delete excerpt" onPress={() => requestDelete(excerpt)}>
              <TrashIcon />
            </IconButton>
          </span>
        )}
      </div>
      {excerpt.imageSha256 && (
        <img
          className="excerpt-card__image"
          src={binaryUrl(`/image/${excerpt.imageSha256}`)}
          alt={excerpt.quote ? `Region of page ${excerpt.pageLabel ?? excerpt.page}: ${excerpt.quote}` : `Region of page ${excerpt.pageLabel ?? excerpt.page}`}
          loading="lazy"
        />
      )}
      {excerpt.kind === 'text' && <blockquote className="excerpt-card__quote">{excerpt.quote}</blockquote>}
      {excerpt.note && <p className="excerpt-card__note">{excerpt.note}</p>}
      {excerpt.tags.length > 0 && (
        <ul className="excerpt-card__tags" aria-label="Tags">
          {excerpt.tags.map((tag) => (
            <li key={tag}>
              <Badge tone="accent">{tag}</Badge>
            </li>
          ))}
        </ul>
      )}
      <div className="excerpt-card__footer">
        <ExcerptUsageInCharts usage={usage} />
        {!readOnly && excerpt.deletedAt === null && (
          <Button className="button excerpt-card__cite-in" onPress={() => setCiting(true)}>
            Cite in…
          </Button>
        )}
      </div>
      {editing && <ExcerptEditDialog excerpt={excerpt} onClose={() => setEditing(false)} />}
      {citing && <CiteInDialog excerpt={excerpt} onClose={() => setCiting(false)} onCited={onCited} />}
      {confirmation}
    </article>
  );
}
