import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import type { MatterSummary } from '../../../shared/domain/matter';
import { useOverview } from '../hooks/queries';
import { asRpcError, call } from '../rpc/client';
import { ChevronIcon } from '../ui/icons';
import { reportError } from '../ui/notifications';
import '../ui/fields.css';
import './LabelSchemePicker.css';

type LabelScheme = MatterSummary['labelScheme'];

interface SchemeOption {
  readonly id: LabelScheme;
  readonly name: string;
  /** One label, for the closed picker. */
  readonly sample: string;
  /** A preamble, an element and a sub-item, for the list. */
  readonly examples: string;
}

const options: readonly SchemeOption[] = [
  { id: 'bracket', name: 'Brackets', sample: '[1a]', examples: '[1pre] [1a] [1b(i)]' },
  { id: 'upper', name: 'Capitals', sample: '1A', examples: '1pre 1A 1B(i)' },
  { id: 'decimal', name: 'Decimal', sample: '1.1', examples: '1.0 1.1 1.2.1' },
  { id: 'bracket-dot', name: 'Brackets with a dot', sample: '[1.a]', examples: '[1.pre] [1.a] [1.b(i)]' },
];

/** How the whole matter labels limitations in its charts; changing it relabels every claim (custom labels stay). */
export function LabelSchemePicker() {
  const { data: overview } = useOverview();
  async function choose(scheme: LabelScheme) {
    try {
      // The matter announces the change, and every view reloads with the new labels.
      await call('matter.setLabelScheme', { scheme });
    } catch (error) {
      reportError('Could not change the labels', asRpcError(error));
    }
  }
  return (
    <Select
      className="label-scheme"
      value={overview?.matter.labelScheme ?? null}
      onChange={(scheme) => {
        if (scheme !== overview?.matter.labelScheme) void choose(scheme as LabelScheme);
      }}
      isDisabled={!overview || overview.matter.readOnly}
    >
      <Label className="label-scheme__label">Labels</Label>
      <Button className="button toolbar-button label-scheme__button">
        <SelectValue<SchemeOption> className="label-scheme__value">{({ selectedItem }) => selectedItem?.sample}</SelectValue>
        <ChevronIcon className="label-scheme__chevron" />
      </Button>
      <Popover className="field-popover" placement="bottom end">
        <ListBox<SchemeOption> className="field-options" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={`${option.name}: ${option.examples}`} className="field-option label-scheme__option">
              <span className="label-scheme__examples">{option.examples}</span>
              <span className="label-scheme__name">{option.name}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
