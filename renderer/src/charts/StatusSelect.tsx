import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import type { ChartStatus } from '../../../shared/domain/matter';
import { ChevronIcon } from '../ui/icons';
import { chartStatuses, statusNames } from './status';
import '../ui/fields.css';
import './status.css';
import './StatusSelect.css';
import './choices.css';

interface StatusSelectProps {
  readonly status: ChartStatus;
  /** "Status of [1a]". */
  readonly label: string;
  readonly isDisabled: boolean;
  readonly onChange: (status: ChartStatus) => void;
}

/** A row's status: how the limitation is met, or that it still needs evidence. */
export function StatusSelect({ status, label, isDisabled, onChange }: StatusSelectProps) {
  return (
    <Select
      className="status-select"
      aria-label={label}
      selectedKey={status}
      onSelectionChange={(key) => key !== null && key !== status && onChange(key as ChartStatus)}
      isDisabled={isDisabled}
    >
      <Button className={status === 'needs-evidence' ? 'status-select__button status-select__button--open' : 'status-select__button'}>
        <SelectValue className="status-select__value" />
        {!isDisabled && <ChevronIcon className="select-chevron" />}
      </Button>
      <Popover className="field-popover">
        <ListBox className="field-options">
          {chartStatuses.map((s) => (
            <ListBoxItem key={s} id={s} className="field-option status-select__option" textValue={statusNames[s]}>
              <span className="status-dot" data-status={s} />
              {statusNames[s]}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
