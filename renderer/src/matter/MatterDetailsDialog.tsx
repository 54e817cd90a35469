import { useState } from 'react';
import { Button, Form, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import type { MatterDetailsUpdate, MatterSummary } from '../../../shared/domain/matter';
import { asRpcError, call, type RpcError } from '../rpc/client';
import { ModalTrigger } from '../ui/ModalTrigger';
import '../ui/buttons.css';
import '../ui/fields.css';
import '../ui/modal.css';
import './MatterDetailsDialog.css';

interface Draft {
  readonly name: string;
  readonly court: string;
  readonly caseNumber: string;
  readonly filedOn: string;
  readonly plaintiff: string;
  /** One defendant per line. */
  readonly defendants: string;
}

function draftOf(matter: MatterSummary): Draft {
  return {
    name: matter.name,
    court: matter.court ?? '',
    caseNumber: matter.caseNumber ?? '',
    filedOn: matter.filedOn ?? '',
    plaintiff: matter.plaintiff ?? '',
    defendants: matter.defendants.join('\n'),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Only what changed: an emptied field is cleared (null). */
function changes(matter: MatterSummary, draft: Draft): MatterDetailsUpdate {
  const update: { -readonly [K in keyof MatterDetailsUpdate]: MatterDetailsUpdate[K] } = {};
  if (draft.name.trim() !== matter.name) update.name = draft.name.trim();
  if (orNull(draft.court) !== matter.court) update.court = orNull(draft.court);
  if (orNull(draft.caseNumber) !== matter.caseNumber) update.caseNumber = orNull(draft.caseNumber);
  if (orNull(draft.filedOn) !== matter.filedOn) update.filedOn = orNull(draft.filedOn);
  if (orNull(draft.plaintiff) !== matter.plaintiff) update.plaintiff = orNull(draft.plaintiff);
  const defendants = lines(draft.defendants);
  if (defendants.join('\n') !== matter.defendants.join('\n')) update.defendants = defendants;
  return update;
}

/**
 * "Edit details…": the case as the matter records it (name, court, case number, filing date, parties). The
 * export's caption prints the court, the case name and "Case No. …" from these.
 */
export function MatterDetailsTrigger({ matter, className }: { readonly matter: MatterSummary; readonly className?: string }) {
  return (
    <ModalTrigger label="Edit details…" className={className} title="Case details" modalClassName="matter-details">
      {(close) => <MatterDetailsForm matter={matter} close={close} />}
    </ModalTrigger>
  );
}

function MatterDetailsForm({ matter, close }: { readonly matter: MatterSummary; readonly close: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(matter));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<RpcError>();
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const update = changes(matter, draft);

  async function save() {
    if (Object.keys(update).length === 0) return close();
    setSaving(true);
    setFailure(undefined);
    try {
      await call('matter.update', update);
      close();
    } catch (error) {
      setFailure(asRpcError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form
      className="modal__form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField className="field" value={draft.name} onChange={set('name')} isRequired autoFocus maxLength={500}>
        <Label className="field-label">Case name</Label>
        <Input className="field-input" placeholder="e.g. Acme Corp. v. Widget Inc." />
      </TextField>
      <TextField className="field" value={draft.court} onChange={set('court')} maxLength={300}>
        <Label className="field-label">Court</Label>
        <Input className="field-input" placeholder="e.g. N.D. Cal." />
      </TextField>
      <div className="matter-details__row">
        <TextField className="field" value={draft.caseNumber} onChange={set('caseNumber')} maxLength={100}>
          <Label className="field-label">Case number</Label>
          <Input className="field-input" placeholder="e.g. 4:24-cv-02220-JST" />
        </TextField>
        <TextField className="field" type="date" value={draft.filedOn} onChange={set('filedOn')}>
          <Label className="field-label">Filed</Label>
          <Input className="field-input" />
        </TextField>
      </div>
      <TextField className="field" value={draft.plaintiff} onChange={set('plaintiff')} maxLength={500}>
        <Label className="field-label">Plaintiff</Label>
        <Input className="field-input" />
      </TextField>
      <TextField className="field" value={draft.defendants} onChange={set('defendants')}>
        <Label className="field-label">Defendants</Label>
        <TextArea className="field-input" rows={4} />
        <Text slot="description" className="field-description">
          One per line.
        </Text>
      </TextField>
      <p className="modal__note">Exported charts carry the court, the case name and “Case No. {draft.caseNumber.trim() || '…'}” in their caption.</p>
      {failure && (
        <p className="modal__error" role="alert">
          {failure.message}
        </p>
      )}
      <div className="modal__actions">
        <Button className="button" onPress={close} isDisabled={saving}>
          Cancel
        </Button>
        <Button type="submit" className="button button--primary" isDisabled={!draft.name.trim()} isPending={saving}>
          Save
        </Button>
      </div>
    </Form>
  );
}
