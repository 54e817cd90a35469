import { useState } from 'react';
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { asRpcError, call } from '../../rpc/client';
import { ModalTrigger } from '../../ui/ModalTrigger';
import { reportError } from '../../ui/notifications';
import { announceInChart } from '../chartNotice';
import '../../ui/buttons.css';
import '../../ui/fields.css';
import '../../ui/modal.css';

interface SaveVersionTriggerProps {
  readonly chartId: number;
  /** Writes pending edits first, so the version holds what is on screen. */
  readonly beforeSaving: () => Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

/** "Save version…": freezes the whole chart under a name ("Served 2025-01-15"). */
export function SaveVersionTrigger({ chartId, beforeSaving }: SaveVersionTriggerProps) {
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  return (
    <ModalTrigger label="Save version…" title="Save a version of this chart" onOpenChange={(open) => open && setName(`Draft ${today()}`)}>
      {(close) => (
        <Form
          className="modal__form"
          onSubmit={async (event) => {
            event.preventDefault();
            setSaving(true);
            try {
              await beforeSaving();
              const version = await call('chart.saveVersion', { chartId, name: name.trim() });
              announceInChart(`Saved version “${version.name}”`);
              close();
            } catch (error) {
              reportError('The version was not saved', asRpcError(error));
            } finally {
              setSaving(false);
            }
          }}
        >
          <TextField className="field" value={name} onChange={setName} isRequired maxLength={200} autoFocus>
            <Label className="field-label">Name</Label>
            <Input className="field-input" />
            <Text slot="description" className="field-description">
              What the version is, e.g. “Served 2025-01-15” or “Sent to the expert”.
            </Text>
          </TextField>
          <div className="modal__actions">
            <Button className="button" onPress={close}>
              Cancel
            </Button>
            <Button type="submit" className="button button--primary" isPending={saving} isDisabled={name.trim() === ''}>
              Save version
            </Button>
          </div>
        </Form>
      )}
    </ModalTrigger>
  );
}
