import type { RenderElementProps } from 'slate-react';
import type { FigureElement } from '../../../../shared/chart/cell-schema';
import { binaryUrl } from '../../rpc/client';
import { setFigureCaption } from '../commands';
import { BlockControls } from './BlockControls';
import { useCellEditor, useCellEvidence } from './CellContext';
import { describeEvidenceProblem, evidenceHref } from './evidenceLinks';

/** A region excerpt's image with its caption (a field while the cell is edited) and its cite. */
export function FigureBlock({ attributes, children, element }: RenderElementProps & { readonly element: FigureElement }) {
  const editor = useCellEditor();
  const evidence = useCellEvidence().evidenceOf(element.excerptId);
  const problem = evidence ? describeEvidenceProblem(evidence) : null;
  const href = evidence && !problem ? evidenceHref(evidence) : undefined;
  return (
    <div {...attributes} className="cell-figure">
      <figure className="cell-figure__figure" contentEditable={false}>
        {evidence?.imageSha256 ? (
          <img className="cell-figure__image" src={binaryUrl(`/image/${evidence.imageSha256}`)} alt={element.caption || `Figure from ${evidence.cite}`} loading="lazy" />
        ) : (
          <p className="cell-figure__missing">{problem ?? 'No image for this excerpt'}</p>
        )}
        <figcaption className="cell-figure__caption">
          {editor ? (
            <input
              className="cell-figure__caption-input"
              aria-label="Figure caption"
              placeholder="Caption"
              value={element.caption}
              maxLength={2000}
              onChange={(event) => setFigureCaption(editor, element, event.target.value)}
            />
          ) : (
            element.caption && <span>{element.caption}</span>
          )}
          {href ? (
            <a className="cell-figure__source" href={href}>
              {evidence!.cite}
            </a>
          ) : (
            <span className="cell-figure__source">{evidence?.cite}</span>
          )}
          <BlockControls block={element} what="figure" />
        </figcaption>
      </figure>
      {children}
    </div>
  );
}
