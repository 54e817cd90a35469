import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { ChevronIcon } from '../ui/icons';
import '../ui/fields.css';
import './FilterSelect.css';

interface FilterSelectProps {
  readonly label: string;
  /** What the filter is when off ("All documents"). */
  readonly allLabel: string;
  readonly options: readonly { readonly id: number; readonly name: string }[];
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
}

const ALL = 'all';

/** A filter by one document or product, or none. */
export function FilterSelect({ label, allLabel, options, value, onChange }: FilterSelectProps) {
  const items = [{ id: ALL, name: allLabel }, ...options.map((o) => ({ id: String(o.id), name: o.name }))];
  return (
    <Select className="field filter-select" selectedKey={value === undefined ? ALL : String(value)} onSelectionChange={(key) => onChange(key === ALL ? undefined : Number(key))}>
      <Label className="field-label">{label}</Label>
      <Button className="field-select">
        <SelectValue className="filter-select__value" />
        <ChevronIcon className="filter-select__chevron" />
      </Button>
      <Popover className="field-popover">
        <ListBox className="field-options" items={items}>
          {(item) => <ListBoxItem className="field-option">{item.name}</ListBoxItem>}
        </ListBox>
      </Popover>
    </Select>
  );
}
