import { useState } from 'react';
import { Button, Checkbox, FileTrigger, Input, Label, NumberField, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { CiteFormatSchema, pinpointCite, type CiteFormat } from '../../../../shared/citation/cite';
import type { ExportChoices, ExportFormat, ExportOptionsInput } from '../../../../shared/domain/export';
import type { LabelSchemeSchema } from '../../../../shared/domain/matter';
import { asRpcError, importablePath } from '../../rpc/client';
import { FieldSelect } from '../../ui/FieldSelect';
import { reportError } from '../../ui/notifications';
import '../../ui/fields.css';
import './ExportOptionsForm.css';
import '../choices.css';

type LabelScheme = (typeof LabelSchemeSchema)['options'][number];

const formatNames: Readonly<Record<ExportFormat, string>> = {
  docx: 'Word document (.docx)',
  html: 'Web page (.html)',
  csv: 'Spreadsheet (.csv)',
  packet: 'Exhibit packet (.pdf): the cited pages',
};

const schemeSamples: Readonly<Record<LabelScheme, string>> = { bracket: '[1a]', upper: '1A', decimal: '1.1', 'bracket-dot': '[1.a]' };

/** The page the cite format's samples cite, of a document with Bates numbers and of one without. */
const sample = { document: { shortName: 'KR2280 Manual', title: 'Aivres KR2280-X1 User Manual', batesPrefix: 'AIVRES_', batesStart: 1201 }, page: { number: 34, label: '2-7' } };
const sampleCites = (format: CiteFormat) =>
  [sample.document, { ...sample.document, batesPrefix: null, batesStart: null }].map((document) => `“${pinpointCite(document, sample.page, format)}”`).join(' and ');

interface ExportOptionsFormProps {
  readonly choices: ExportChoices;
  readonly format: ExportFormat;
  readonly onFormat: (format: ExportFormat) => void;
  readonly options: ExportOptionsInput;
  readonly onOptions: (options: ExportOptionsInput) => void;
}

/**
 * The export's format and layout: labels, cite format (the matter's unless changed here, as `--cite-format`
 * does), columns, status, equivalents, font and size, a firm's Word template.
 */
export function ExportOptionsForm({ choices, format, onFormat, options, onOptions }: ExportOptionsFormProps) {
  const set = (change: Partial<ExportOptionsInput>) => onOptions({ ...options, ...change });
  const cites = options.citeFormat ?? choices.defaults.citeFormat;
  const citesChecked = CiteFormatSchema.safeParse(cites);
  const citeProblem = (key: keyof CiteFormat) => (citesChecked.success ? undefined : citesChecked.error.issues.find((i) => i.path[0] === key)?.message);
  const citeTemplate = (key: 'withBates' | 'withoutBates', label: string) => (
    <TextField className="field" value={cites[key]} onChange={(value) => set({ citeFormat: { ...cites, [key]: value } })} isInvalid={citeProblem(key) !== undefined} maxLength={200}>
      <Label className="field-label">{label}</Label>
      <Input className="field-input" />
      {citeProblem(key) && (
        <Text slot="errorMessage" className="field-error">
          The template {citeProblem(key)}.
        </Text>
      )}
    </TextField>
  );
  const [templateName, setTemplateName] = useState<string>();
  const headings = options.columnHeadings ?? {};
  const heading = (key: keyof typeof headings, value: string) => set({ columnHeadings: { ...headings, [key]: value.trim() === '' ? undefined : value } });
  const paged = format === 'docx' || format === 'packet';
  return (
    <div className="export-options">
      <RadioGroup className="export-options__formats" value={format} onChange={(value) => onFormat(value as ExportFormat)}>
        <Label className="field-label">Format</Label>
        {choices.formats.map((f) => (
          <Radio key={f} value={f} className="choice">
            <span className="choice__mark" aria-hidden="true" />
            {formatNames[f]}
          </Radio>
        ))}
      </RadioGroup>
      <div className="export-options__grid">
        <FieldSelect
          label="Row labels"
          options={choices.labelSchemes.map((scheme) => ({ id: scheme, name: schemeSamples[scheme] }))}
          value={options.labelScheme ?? null}
          onChange={(labelScheme) => set({ labelScheme })}
        />
        {paged && (
          <FieldSelect
            label="Paper"
            options={choices.paperSizes.map((paper) => ({ id: paper, name: paper === 'a4' ? 'A4' : 'US Letter' }))}
            value={options.paper ?? null}
            onChange={(paper) => set({ paper })}
          />
        )}
        <TextField className="field" value={headings.claim ?? ''} onChange={(v) => heading('claim', v)}>
          <Label className="field-label">Claim column heading</Label>
          <Input className="field-input" placeholder="From the patent number" />
        </TextField>
        <TextField className="field" value={headings.evidence ?? ''} onChange={(v) => heading('evidence', v)}>
          <Label className="field-label">Evidence column heading</Label>
          <Input className="field-input" placeholder="From the product’s name" />
        </TextField>
        {format !== 'csv' && (
          <>
            <TextField className="field" value={options.fontFamily ?? ''} onChange={(fontFamily) => set({ fontFamily })}>
              <Label className="field-label">Font</Label>
              <Input className="field-input" />
            </TextField>
            <NumberField className="field" value={options.fontSizePt} minValue={8} maxValue={16} step={0.5} onChange={(fontSizePt) => set({ fontSizePt })}>
              <Label className="field-label">Size (pt)</Label>
              <Input className="field-input" />
            </NumberField>
          </>
        )}
      </div>
      <div className="export-options__cites" role="group" aria-labelledby="export-cites" aria-describedby="export-cites-sample">
        <span id="export-cites" className="field-label">
          Citations
        </span>
        <span id="export-cites-sample" className="field-description">
          {citesChecked.success && `As in ${sampleCites(citesChecked.data)}. `}
          Placeholders: {'{short} {title} {bates} {page} {pageNumber}'}.
        </span>
        <div className="export-options__grid">
          {citeTemplate('withBates', 'Cite of a page with a Bates number')}
          {citeTemplate('withoutBates', 'Cite of a page without one')}
          <NumberField
            className="field"
            value={cites.batesWidth}
            minValue={1}
            maxValue={12}
            step={1}
            formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
            onChange={(batesWidth) => Number.isFinite(batesWidth) && set({ citeFormat: { ...cites, batesWidth } })}
          >
            <Label className="field-label">Bates digits</Label>
            <Input className="field-input" />
          </NumberField>
        </div>
      </div>
      <div className="export-options__checks">
        <Checkbox className="choice" isSelected={options.includeStatus} onChange={(includeStatus) => set({ includeStatus })}>
          <span className="choice__box" aria-hidden="true" />
          Status column
        </Checkbox>
        <Checkbox className="choice" isSelected={options.includeEquivalents} onChange={(includeEquivalents) => set({ includeEquivalents })}>
          <span className="choice__box" aria-hidden="true" />
          Function / way / result for equivalents
        </Checkbox>
        {format !== 'csv' && (
          <Checkbox className="choice" isSelected={options.includeExhibitIndex} onChange={(includeExhibitIndex) => set({ includeExhibitIndex })}>
            <span className="choice__box" aria-hidden="true" />
            Index of cited documents
          </Checkbox>
        )}
      </div>
      {options.includeStatus && (
        <TextField className="field" value={headings.status ?? ''} onChange={(v) => heading('status', v)}>
          <Label className="field-label">Status column heading</Label>
          <Input className="field-input" placeholder="Status" />
        </TextField>
      )}
      {format === 'docx' && (
        <div className="export-options__template">
          <span className="field-label">Firm template</span>
          <p>
            {templateName ?? 'None: the chart’s own styles'}
            {templateName && (
              <Button
                className="export-options__clear"
                onPress={() => {
                  setTemplateName(undefined);
                  set({ templatePath: undefined });
                }}
              >
                Remove
              </Button>
            )}
          </p>
          <FileTrigger
            acceptedFileTypes={['.docx']}
            onSelect={async (files) => {
              const file = files?.[0];
              if (!file) return;
              try {
                set({ templatePath: await importablePath(file) });
                setTemplateName(file.name);
              } catch (error) {
                reportError('The template could not be used', asRpcError(error));
              }
            }}
          >
            <Button className="button">Choose a .docx template…</Button>
          </FileTrigger>
        </div>
      )}
    </div>
  );
}
