import type { Key, ReactNode } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { ChevronIcon } from './icons';
import './fields.css';

export interface FieldOption<K extends Key> {
  readonly id: K;
  readonly name: string;
  /** Shown muted after the name in the list (a patent's title, a product's maker). */
  readonly detail?: string | null;
}

interface FieldSelectProps<K extends Key> {
  readonly label: string;
  readonly options: readonly FieldOption<K>[];
  readonly value: K | null;
  readonly onChange: (value: K) => void;
  readonly isDisabled?: boolean;
  /** Under the field: a hint, or what the choice implies. */
  readonly description?: ReactNode;
  readonly className?: string;
}

/** A labelled drop-down of the app's form fields: one value among named options. */
export function FieldSelect<K extends Key>({ label, options, value, onChange, isDisabled, description, className }: FieldSelectProps<K>) {
  const byKey = new Map(options.map((option) => [String(option.id), option.id]));
  return (
    <Select
      className={className ? `field ${className}` : 'field'}
      selectedKey={value === null ? null : String(value)}
      onSelectionChange={(key) => key !== null && byKey.has(String(key)) && onChange(byKey.get(String(key))!)}
      isDisabled={isDisabled}
    >
      <Label className="field-label">{label}</Label>
      <Button className="field-select">
        <SelectValue className="field-select__value" />
        <ChevronIcon className="field-select__chevron" />
      </Button>
      <Popover className="field-popover">
        <ListBox className="field-options" items={options.map((option) => ({ ...option, key: String(option.id) }))}>
          {(option) => (
            <ListBoxItem id={option.key} className="field-option" textValue={option.name}>
              {option.name}
              {option.detail && <span className="field-option__detail"> · {option.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
      {description}
    </Select>
  );
}
