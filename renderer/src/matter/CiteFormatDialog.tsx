import { useState } from 'react';
import { Button, Form, Input, Label, NumberField, Text, TextField } from 'react-aria-components';
import { CiteFormatSchema, DEFAULT_CITE_FORMAT, pinpointCite, type CiteFormat } from '../../../shared/citation/cite';
import { useRpcQuery } from '../hooks/useRpcQuery';
import { asRpcError, call, type RpcError } from '../rpc/client';
import { ModalTrigger } from '../ui/ModalTrigger';
import { LoadingState } from '../ui/states';
import '../ui/buttons.css';
import '../ui/fields.css';
import '../ui/modal.css';
import './CiteFormatDialog.css';

/** The documents the preview cites: one produced with Bates numbers, one without (a manual with page labels). */
const produced = { shortName: 'KR2280 Manual', title: 'Aivres KR2280-X1 User Manual', batesPrefix: 'AIVRES_', batesStart: 1201 };
const unnumbered = { shortName: 'KR2280 Manual', title: 'Aivres KR2280-X1 User Manual', batesPrefix: null, batesStart: null };
const examplePage = { number: 34, label: '2-7' };

/**
 * "Citation format…": how every pinpoint cite of the matter is worded, for a page with a Bates number and
 * for one without. Cites are derived from these templates wherever they appear: excerpts, chart cells,
 * exports. Only a template that cites the Bates number (or the page) can be saved.
 */
export function CiteFormatTrigger({ className }: { readonly className?: string }) {
  return (
    <ModalTrigger label="Citation format…" className={className} title="Citation format" modalClassName="cite-format">
      {(close) => <CiteFormatLoader close={close} />}
    </ModalTrigger>
  );
}

function CiteFormatLoader({ close }: { readonly close: () => void }) {
  const { data } = useRpcQuery('cite.format', {}, 'Could not read the citation format');
  return data ? <CiteFormatForm saved={data} close={close} /> : <LoadingState label="Loading the citation format…" />;
}

function CiteFormatForm({ saved, close }: { readonly saved: CiteFormat; readonly close: () => void }) {
  const [draft, setDraft] = useState(saved);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<RpcError>();
  const checked = CiteFormatSchema.safeParse(draft);
  const problemWith = (key: keyof CiteFormat) => (checked.success ? undefined : checked.error.issues.find((i) => i.path[0] === key)?.message);
  const preview = checked.success ? checked.data : undefined;

  async function save() {
    if (!checked.success) return;
    setSaving(true);
    setFailure(undefined);
    try {
      await call('cite.setFormat', checked.data);
      close();
    } catch (error) {
      setFailure(asRpcError(error));
    } finally {
      setSaving(false);
    }
  }

  const template = (key: 'withBates' | 'withoutBates', label: string, hint: string) => (
    <TextField
      className="field"
      value={draft[key]}
      onChange={(value) => setDraft((d) => ({ ...d, [key]: value }))}
      isInvalid={problemWith(key) !== undefined}
      maxLength={200}
    >
      <Label className="field-label">{label}</Label>
      <Input className="field-input cite-format__template" />
      <Text slot={problemWith(key) ? 'errorMessage' : 'description'} className={problemWith(key) ? 'field-error' : 'field-description'}>
        {problemWith(key) ? `The template ${problemWith(key)}.` : hint}
      </Text>
    </TextField>
  );

  return (
    <Form
      className="modal__form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="modal__note">
        Placeholders: <code>{'{short}'}</code> the document’s short name, <code>{'{title}'}</code> its title, <code>{'{bates}'}</code> the
        page’s Bates number, <code>{'{page}'}</code> its printed label (else its number), <code>{'{pageNumber}'}</code> its number in the PDF.
      </p>
      {template('withBates', 'Pages with a Bates number', 'Must contain {bates}.')}
      {template('withoutBates', 'Pages without one', 'Must contain {page}.')}
      <NumberField
        className="field cite-format__width"
        value={draft.batesWidth}
        onChange={(batesWidth) => setDraft((d) => ({ ...d, batesWidth: Number.isFinite(batesWidth) ? batesWidth : d.batesWidth }))}
        minValue={1}
        maxValue={12}
        step={1}
        formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
      >
        <Label className="field-label">Bates digits</Label>
        <Input className="field-input" />
        <Text slot="description" className="field-description">
          Zero-padded after the prefix.
        </Text>
      </NumberField>
      <div className="cite-format__preview" aria-live="polite">
        <span className="field-label">Preview</span>
        {preview ? (
          <ul>
            <li>{pinpointCite(produced, examplePage, preview)}</li>
            <li>{pinpointCite(unnumbered, examplePage, preview)}</li>
          </ul>
        ) : (
          <p className="field-description">Fix the template to see its cites.</p>
        )}
      </div>
      {failure && (
        <p className="modal__error" role="alert">
          {failure.message}
        </p>
      )}
      <div className="modal__actions">
        <Button className="button cite-format__reset" onPress={() => setDraft(DEFAULT_CITE_FORMAT)} isDisabled={saving}>
          Default
        </Button>
        <Button className="button" onPress={close} isDisabled={saving}>
          Cancel
        </Button>
        <Button type="submit" className="button button--primary" isDisabled={!checked.success} isPending={saving}>
          Save
        </Button>
      </div>
    </Form>
  );
}
