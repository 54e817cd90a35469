import type { Equivalents } from '../../../shared/domain/chart';
import { RowTextField } from './RowTextField';
import './EquivalentsFields.css';

const prongs: readonly [keyof Equivalents, string, string][] = [
  ['function', 'Function', 'What the accused element does'],
  ['way', 'Way', 'How it does it'],
  ['result', 'Result', 'What it achieves'],
];

export const emptyEquivalents: Equivalents = { function: '', way: '', result: '' };

interface EquivalentsFieldsProps {
  readonly equivalents: Equivalents | null;
  readonly isReadOnly: boolean;
  readonly onChange: (equivalents: Equivalents) => void;
  readonly onCommit: (before: Equivalents, after: Equivalents) => void;
}

/** The function / way / result test, shown while the row's status is the doctrine of equivalents. */
export function EquivalentsFields({ equivalents, isReadOnly, onChange, onCommit }: EquivalentsFieldsProps) {
  const current = equivalents ?? emptyEquivalents;
  return (
    <fieldset className="equivalents">
      <legend className="equivalents__legend">Function / way / result</legend>
      {prongs.map(([prong, label, placeholder]) => (
        <RowTextField
          key={prong}
          label={label}
          value={current[prong]}
          placeholder={placeholder}
          isReadOnly={isReadOnly}
          onChange={(value) => onChange({ ...current, [prong]: value })}
          onCommit={(before, after) => onCommit({ ...current, [prong]: before }, { ...current, [prong]: after })}
        />
      ))}
    </fieldset>
  );
}
