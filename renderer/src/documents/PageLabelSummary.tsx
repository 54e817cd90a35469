import { useDocumentPages } from './queries';
import { labelRanges } from './pageLabels';

/** The page labels the PDF gives its pages (read from the PDF, not edited): what citations show as "at iv". */
export function PageLabelSummary({ documentId }: { readonly documentId: number }) {
  const { data: pages } = useDocumentPages(documentId);
  if (!pages) return null;
  const ranges = labelRanges(pages);
  return (
    <div className="field">
      <p className="field-label">Page labels (from the PDF)</p>
      {ranges.length === 0 ? (
        <p className="field-description">None: pages are cited by their number.</p>
      ) : (
        <ul className="metadata-form__labels">
          {ranges.map((range) => (
            <li key={range.firstPage}>
              {range.firstPage === range.lastPage ? `Page ${range.firstPage}` : `Pages ${range.firstPage}–${range.lastPage}`}:{' '}
              <strong>{range.firstLabel === range.lastLabel ? range.firstLabel : `${range.firstLabel}–${range.lastLabel}`}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
