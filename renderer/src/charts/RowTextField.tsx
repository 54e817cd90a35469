import { useRef } from 'react';
import { Label, TextArea, TextField } from 'react-aria-components';
import '../ui/fields.css';

interface RowTextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly isReadOnly: boolean;
  readonly placeholder?: string;
  readonly className?: string;
  readonly autoFocus?: boolean;
  /** Every change, saved as it is typed. */
  readonly onChange: (value: string) => void;
  /** When focus leaves after a change: one undoable step for the whole edit, not one per keystroke. */
  readonly onCommit: (before: string, after: string) => void;
}

/** A row's plain-text field (an equivalents prong, the internal note), growing with its text. */
export function RowTextField({ label, value, isReadOnly, placeholder, className = 'field', autoFocus, onChange, onCommit }: RowTextFieldProps) {
  const atFocus = useRef(value);
  return (
    <TextField
      className={className}
      value={value}
      isReadOnly={isReadOnly}
      autoFocus={autoFocus}
      onChange={onChange}
      onFocus={() => (atFocus.current = value)}
      onBlur={() => atFocus.current !== value && onCommit(atFocus.current, value)}
    >
      <Label className="field-label">{label}</Label>
      <TextArea className="field-input row-text-field__input" rows={1} placeholder={placeholder} />
    </TextField>
  );
}
