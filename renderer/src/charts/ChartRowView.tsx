import { memo, useMemo, useState, type DragEvent, type MouseEvent } from 'react';
import type { ChartRow, RowEvidence } from '../../../shared/domain/chart';
import type { ChartStatus } from '../../../shared/domain/matter';
import { CellEditor, type EditStart } from '../editor/CellEditor';
import { carriesExcerpt, readExcerpt } from '../editor/evidenceTransfer';
import { CellEvidenceContext, type CellEvidence } from '../editor/render/CellContext';
import { describeEvidenceProblem } from '../editor/render/evidenceLinks';
import { StaticCell } from '../editor/render/StaticCell';
import '../editor/CellContent.css';
import { EquivalentsFields } from './EquivalentsFields';
import { InternalNote } from './InternalNote';
import type { RowActions } from './rowActions';
import { StatusSelect } from './StatusSelect';
import './ChartRowView.css';

interface ChartRowViewProps {
  readonly row: ChartRow;
  readonly focused: boolean;
  /** Where editing started, when this row's cell is the one being edited. */
  readonly editStart: EditStart | undefined;
  readonly readOnly: boolean;
  /** The first row of its claim: it carries the claim's heading. */
  readonly firstOfClaim: boolean;
  /** Evidence the row does not list yet (just cited, not saved): from the matter's excerpts. */
  readonly excerptEvidence: (excerptId: number) => RowEvidence | undefined;
  readonly sourceQuote: (excerptId: number) => string | undefined;
  readonly actions: RowActions;
}

const CELL_PLACEHOLDER = 'Commentary and evidence — drag an excerpt here, or press Cite in current row';

/** One limitation of the chart: its claim language, and the evidence that the accused product meets it. */
export const ChartRowView = memo(function ChartRowView({
  row,
  focused,
  editStart,
  readOnly,
  firstOfClaim,
  excerptEvidence,
  sourceQuote,
  actions,
}: ChartRowViewProps) {
  const [dropping, setDropping] = useState(false);
  const [noteOpen, setNoteOpen] = useState(false);
  const { limitationId, label } = row;

  const cellEvidence = useMemo<CellEvidence>(() => {
    const byId = new Map(row.evidence.map((e) => [e.excerptId, e]));
    return { evidenceOf: (id) => byId.get(id) ?? excerptEvidence(id), quoteChecks: row.quoteChecks, sourceQuote };
  }, [row.evidence, row.quoteChecks, excerptEvidence, sourceQuote]);

  const problems = row.evidence.filter((e) => e.problem);

  const onDragOver = (event: DragEvent) => {
    if (readOnly || !carriesExcerpt(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  };
  const onDrop = (event: DragEvent) => {
    setDropping(false);
    // Dropped into the cell being edited: its editor has put the excerpt where it landed.
    if (readOnly || event.defaultPrevented) return;
    const excerpt = readExcerpt(event.dataTransfer);
    if (!excerpt) return;
    event.preventDefault();
    actions.cite(limitationId, excerpt);
  };

  const startEditing = (event: MouseEvent) => {
    // A cite is a link: following it opens the document, it does not start editing.
    if ((event.target as Element).closest('a, button, input') || event.button !== 0) return;
    event.preventDefault();
    actions.edit(limitationId, { x: event.clientX, y: event.clientY });
  };

  const cellLabel = `Evidence for ${label}`;
  const showNote = noteOpen || Boolean(row.internalNote);
  return (
    <section
      className="chart-row"
      aria-label={`Row ${label}`}
      data-row-id={limitationId}
      data-focused={focused || undefined}
      data-drop-target={dropping || undefined}
      tabIndex={-1}
      onFocus={() => actions.focus(limitationId)}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && actions.flush()}
      onDragOver={onDragOver}
      onDragLeave={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && setDropping(false)}
      onDrop={onDrop}
    >
      {firstOfClaim && <h3 className="chart-row__claim-heading">Claim {row.claimNumber}</h3>}
      <div className="chart-row__claim" data-depth={Math.min(row.depth, 3)}>
        <span className="chart-row__label">{label}</span>
        <p className="chart-row__claim-text">{row.claimText}</p>
      </div>
      <div className="chart-row__evidence">
        <div className="chart-row__bar">
          <StatusSelect
            status={row.status}
            label={`Status of ${label}`}
            isDisabled={readOnly}
            onChange={(status: ChartStatus) => actions.change(limitationId, { status }, `status of ${label}`)}
          />
          {!readOnly && !showNote && (
            <button type="button" className="chart-row__add-note" onClick={() => setNoteOpen(true)}>
              Add internal note
            </button>
          )}
        </div>
        <CellEvidenceContext.Provider value={cellEvidence}>
          {editStart !== undefined && !readOnly ? (
            <CellEditor
              initialContent={row.content}
              label={cellLabel}
              placeholder={CELL_PLACEHOLDER}
              start={editStart}
              onContentChange={(content) => actions.draftContent(limitationId, content)}
              onEditor={actions.setEditor}
              onEscape={actions.stopEditing}
            />
          ) : (
            <div
              className="cell-content cell-content--static"
              role="textbox"
              aria-label={cellLabel}
              aria-multiline
              aria-readonly={readOnly}
              tabIndex={readOnly ? undefined : 0}
              onMouseDown={readOnly ? undefined : startEditing}
              onFocus={readOnly ? undefined : (event) => event.target === event.currentTarget && actions.edit(limitationId, 'end')}
            >
              {isEmptyCell(row) ? <p className="cell-content__empty">{readOnly ? 'No evidence.' : 'No evidence yet: click to write, or drop an excerpt here'}</p> : <StaticCell content={row.content} />}
            </div>
          )}
        </CellEvidenceContext.Provider>
        {problems.length > 0 && (
          <ul className="chart-row__problems" aria-label="Citation problems">
            {problems.map((e) => (
              <li key={e.excerptId}>
                {e.cite || `Excerpt ${e.excerptId}`}: {describeEvidenceProblem(e)}
              </li>
            ))}
          </ul>
        )}
        {row.status === 'equivalents' && (
          <EquivalentsFields
            equivalents={row.equivalents}
            isReadOnly={readOnly}
            onChange={(equivalents) => actions.setFields(limitationId, { equivalents })}
            onCommit={(before, after) => actions.record({ limitationId, label, what: `equivalents of ${label}`, before: { equivalents: before }, after: { equivalents: after } })}
          />
        )}
        {showNote && (
          <InternalNote
            note={row.internalNote ?? ''}
            isReadOnly={readOnly}
            autoFocus={noteOpen && !row.internalNote}
            onChange={(note) => actions.setFields(limitationId, { internalNote: note === '' ? null : note })}
            onCommit={(before, after) =>
              actions.record({ limitationId, label, what: `note of ${label}`, before: { internalNote: before || null }, after: { internalNote: after || null } })
            }
          />
        )}
      </div>
    </section>
  );
});

const isEmptyCell = (row: ChartRow) =>
  row.content.length === 0 || (row.content.length === 1 && row.content[0]!.type === 'paragraph' && row.content[0]!.children.every((c) => 'text' in c && c.text === ''));
