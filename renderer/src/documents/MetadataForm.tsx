import { useState } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  ComboBox,
  Form,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField,
  Popover,
  Text,
  TextField,
} from 'react-aria-components';
import type { DocumentDetail, DocumentMetadataUpdate } from '../../../shared/domain/document';
import type { ProductSummary } from '../../../shared/domain/matter';
import { asRpcError, call } from '../rpc/client';
import { FieldSelect } from '../ui/FieldSelect';
import { reportError } from '../ui/notifications';
import { documentTypeOptions, type DocumentType } from './documentTypes';
import { PageLabelSummary } from './PageLabelSummary';
import '../ui/buttons.css';
import '../ui/fields.css';
import './MetadataForm.css';

const designations = [
  'CONFIDENTIAL',
  'HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY',
  'HIGHLY CONFIDENTIAL – OUTSIDE COUNSEL ONLY',
  'HIGHLY CONFIDENTIAL – SOURCE CODE',
].map((name) => ({ id: name, name }));

interface Draft {
  readonly title: string;
  readonly shortName: string;
  readonly docType: DocumentType;
  readonly productIds: readonly number[];
  readonly batesPrefix: string;
  readonly batesStart: number;
  readonly confidentiality: string;
  readonly sourceUrl: string;
  readonly accessedOn: string;
}

function draftOf(document: DocumentDetail): Draft {
  return {
    title: document.title,
    shortName: document.shortName,
    docType: document.docType,
    productIds: document.productIds,
    batesPrefix: document.batesPrefix ?? '',
    batesStart: document.batesStart ?? NaN,
    confidentiality: document.confidentiality ?? '',
    sourceUrl: document.sourceUrl ?? '',
    accessedOn: document.accessedOn ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const sameIds = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Only what changed: an emptied optional field is cleared (null). */
function changes(document: DocumentDetail, draft: Draft): DocumentMetadataUpdate {
  const before = draftOf(document);
  const update: { -readonly [K in keyof DocumentMetadataUpdate]: DocumentMetadataUpdate[K] } = { id: document.id };
  if (draft.title.trim() !== before.title) update.title = draft.title.trim();
  if (draft.shortName.trim() !== before.shortName) update.shortName = draft.shortName.trim();
  if (draft.docType !== before.docType) update.docType = draft.docType;
  if (!sameIds(draft.productIds, before.productIds)) update.productIds = [...draft.productIds];
  if (draft.batesPrefix.trim() !== before.batesPrefix) update.batesPrefix = orNull(draft.batesPrefix);
  if (!Object.is(draft.batesStart, before.batesStart)) update.batesStart = Number.isNaN(draft.batesStart) ? null : draft.batesStart;
  if (draft.confidentiality.trim() !== before.confidentiality) update.confidentiality = orNull(draft.confidentiality);
  if (draft.sourceUrl.trim() !== before.sourceUrl) update.sourceUrl = orNull(draft.sourceUrl);
  if (draft.accessedOn !== before.accessedOn) update.accessedOn = orNull(draft.accessedOn);
  return update;
}

interface MetadataFormProps {
  readonly document: DocumentDetail;
  readonly products: readonly ProductSummary[];
  readonly readOnly: boolean;
}

/** What the matter records about a document, editable; its citations follow the short name and Bates numbers. */
export function MetadataForm({ document, products, readOnly }: MetadataFormProps) {
  const [draft, setDraft] = useState(() => draftOf(document));
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const update = changes(document, draft);
  const dirty = Object.keys(update).length > 1;

  return (
    <Form
      className="metadata-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!dirty) return;
        setSaving(true);
        try {
          setDraft(draftOf(await call('document.update', update)));
        } catch (error) {
          reportError('Could not save the document details', asRpcError(error));
        } finally {
          setSaving(false);
        }
      }}
    >
      <fieldset className="metadata-form__fields" disabled={readOnly}>
        <TextField className="field" value={draft.title} onChange={set('title')} isRequired isReadOnly={readOnly} maxLength={500}>
          <Label className="field-label">Title</Label>
          <Input className="field-input" />
        </TextField>
        <TextField className="field" value={draft.shortName} onChange={set('shortName')} isRequired isReadOnly={readOnly} maxLength={120}>
          <Label className="field-label">Short name</Label>
          <Input className="field-input" />
          <Text slot="description" className="field-description">
            Cited as “{draft.shortName.trim() || '…'} at 45”.
          </Text>
        </TextField>
        <FieldSelect label="Document type" options={documentTypeOptions} value={draft.docType} onChange={set('docType')} isDisabled={readOnly} />
        <CheckboxGroup
          className="field"
          value={draft.productIds.map(String)}
          onChange={(ids) => set('productIds')(ids.map(Number))}
          isDisabled={readOnly}
        >
          <Label className="field-label">Accused products it concerns</Label>
          {products.length === 0 ? (
            <Text slot="description" className="field-description">
              The matter has no accused products yet.
            </Text>
          ) : (
            <div className="metadata-form__products">
              {products.map((product) => (
                <Checkbox key={product.id} value={String(product.id)} className="metadata-form__checkbox">
                  <span className="metadata-form__box" aria-hidden="true" />
                  {product.name}
                </Checkbox>
              ))}
            </div>
          )}
        </CheckboxGroup>
        <div className="metadata-form__row">
          <TextField className="field" value={draft.batesPrefix} onChange={set('batesPrefix')} isReadOnly={readOnly} maxLength={40}>
            <Label className="field-label">Bates prefix</Label>
            <Input className="field-input" placeholder="AIVRES_" />
          </TextField>
          <NumberField
            className="field"
            value={draft.batesStart}
            onChange={set('batesStart')}
            minValue={0}
            maxValue={999_999_999_999}
            step={1}
            formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
            isReadOnly={readOnly}
          >
            <Label className="field-label">First Bates number</Label>
            <Input className="field-input" placeholder="1234" />
          </NumberField>
        </div>
        {document.batesRange && <p className="field-description">Bates range: {document.batesRange}</p>}
        <ComboBox
          className="field"
          allowsCustomValue
          inputValue={draft.confidentiality}
          onInputChange={set('confidentiality')}
          items={designations}
          menuTrigger="focus"
          isReadOnly={readOnly}
        >
          <Label className="field-label">Confidentiality designation</Label>
          <Input className="field-input" placeholder="None" />
          <Popover className="field-popover">
            <ListBox className="field-options">{(option: (typeof designations)[number]) => <ListBoxItem className="field-option">{option.name}</ListBoxItem>}</ListBox>
          </Popover>
        </ComboBox>
        <TextField className="field" type="url" value={draft.sourceUrl} onChange={set('sourceUrl')} isReadOnly={readOnly} maxLength={2048}>
          <Label className="field-label">Source URL</Label>
          <Input className="field-input" placeholder="https://" />
        </TextField>
        <TextField className="field" value={draft.accessedOn} onChange={set('accessedOn')} isReadOnly={readOnly}>
          <Label className="field-label">Date accessed</Label>
          <Input className="field-input metadata-form__date" type="date" />
        </TextField>
        <PageLabelSummary documentId={document.id} />
      </fieldset>
      {!readOnly && (
        <div className="metadata-form__actions">
          <Button className="button" onPress={() => setDraft(draftOf(document))} isDisabled={!dirty || saving}>
            Revert
          </Button>
          <Button type="submit" className="button button--primary" isDisabled={!dirty} isPending={saving}>
            Save details
          </Button>
        </div>
      )}
    </Form>
  );
}
