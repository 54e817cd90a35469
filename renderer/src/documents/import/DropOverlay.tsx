import './DropOverlay.css';

/** Covers the window while files are dragged over it: where they go, and what happens to them. */
export function DropOverlay({ readOnly }: { readonly readOnly: boolean }) {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__target">
        <p className="drop-overlay__title">{readOnly ? 'This matter is read-only' : 'Drop PDFs to import them'}</p>
        <p className="drop-overlay__detail">
          {readOnly ? 'Documents cannot be added to it here.' : 'Each file becomes a document of this matter, searchable and ready to excerpt.'}
        </p>
      </div>
    </div>
  );
}
