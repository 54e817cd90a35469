import { RowTextField } from './RowTextField';
import './InternalNote.css';

interface InternalNoteProps {
  readonly note: string;
  readonly isReadOnly: boolean;
  readonly autoFocus: boolean;
  readonly onChange: (note: string) => void;
  readonly onCommit: (before: string, after: string) => void;
}

/** The team's own note on a row: kept with the chart, never exported. */
export function InternalNote(props: InternalNoteProps) {
  return (
    <RowTextField
      className="field internal-note"
      label="Internal note · never exported"
      value={props.note}
      placeholder="For the team only: open questions, what to ask the expert…"
      isReadOnly={props.isReadOnly}
      autoFocus={props.autoFocus}
      onChange={props.onChange}
      onCommit={props.onCommit}
    />
  );
}
