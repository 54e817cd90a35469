import { useId, useMemo, useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, ModalOverlay, Tab, TabList, TabPanel, Tabs, Text, TextArea, TextField } from 'react-aria-components';
import type { PatentDetail } from '../../../shared/domain/patent';
import { patentHref } from '../app/route';
import { navigate } from '../hooks/useRoute';
import { asRpcError, call, type RpcError } from '../rpc/client';
import { countOf } from '../ui/format';
import { AlertIcon } from '../ui/icons';
import { ClaimFilePicker } from './ClaimFilePicker';
import { ParsedClaimsPreview } from './ParsedClaimsPreview';
import { useParsePreview, type ClaimSource, type ParsePreview } from './useParsePreview';
import { useUploadedFile } from './useUploadedFile';
import '../ui/buttons.css';
import '../ui/fields.css';
import '../ui/modal.css';
import './ImportClaimsDialog.css';

type SourceKind = 'text' | 'file';

/** The claim import: pasted text or a patent file, a preview of the claim tree it makes, then the import. */
export function ImportClaimsDialog({ target }: { readonly target: PatentDetail | undefined }) {
  return (
    <ModalOverlay className="modal-overlay">
      <Modal className="modal import-dialog">
        <Dialog className="import-dialog__dialog">{({ close }) => <ImportClaimsForm target={target} close={close} />}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function ImportClaimsForm({ target, close }: { readonly target: PatentDetail | undefined; readonly close: () => void }) {
  const [kind, setKind] = useState<SourceKind>('text');
  const [text, setText] = useState('');
  const upload = useUploadedFile();
  const [number, setNumber] = useState(target?.number ?? '');
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<RpcError | null>(null);

  const source: ClaimSource | null = kind === 'text' ? (text.trim() ? { text } : null) : upload.file?.path ? { path: upload.file.path } : null;
  // Pasted text carries no number; for a file, a typed number picks one patent of a USPTO bulk file.
  const preview = useParsePreview(source, kind === 'file' ? number : '');
  const claimsInMatter = useMemo(() => new Set(target?.claims.map((c) => c.number)), [target]);
  const newClaims = preview.parsed?.claims.filter((c) => !claimsInMatter.has(c.number)).length ?? 0;
  const numberMissing = !target && kind === 'text' && !number.trim();
  const canImport = source !== null && preview.parsed !== null && !preview.parsing && !numberMissing && !importing;

  /** Any change of what is to be imported makes an earlier failure old news. */
  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      setImportError(null);
      set(value);
    };
  }

  async function importClaims() {
    if (!source) return;
    setImporting(true);
    try {
      const wanted = number.trim();
      const patent = await call('patent.import', { source, ...(wanted ? { number: wanted } : {}), ...(target ? { patentId: target.id } : {}) });
      close();
      navigate(patentHref(patent.id));
    } catch (error) {
      setImportError(asRpcError(error));
      setImporting(false);
    }
  }

  return (
    <>
      <header className="import-dialog__header">
        <Heading slot="title" className="modal__title">
          {target ? `Import claims into ${target.number}` : 'Add a patent'}
        </Heading>
        <p className="modal__note">
          {target
            ? 'The claims are added to this patent; claims it has already stay as they are. The claims’ patent number must be this one.'
            : 'Its number comes from the XML or PDF; for pasted claims, type it.'}
        </p>
      </header>
      <div className="import-dialog__body">
        <div className="import-dialog__source">
          <Tabs className="source-tabs" selectedKey={kind} onSelectionChange={(key) => changed(setKind)(key as SourceKind)}>
            <TabList className="source-tabs__list" aria-label="Import from">
              <Tab id="text" className="source-tabs__tab">
                Paste text
              </Tab>
              <Tab id="file" className="source-tabs__tab">
                File
              </Tab>
            </TabList>
            <TabPanel id="text" className="source-tabs__panel">
              <TextField className="field import-dialog__claims-field" value={text} onChange={changed(setText)}>
                <Label className="field-label">Claims</Label>
                <TextArea
                  className="field-input import-dialog__claims-text"
                  placeholder={'1. A method of …, comprising:\nreceiving …; and\nsending ….\n2. The method of claim 1, wherein …'}
                  spellCheck={false}
                  autoFocus
                />
              </TextField>
            </TabPanel>
            <TabPanel id="file" className="source-tabs__panel">
              <ClaimFilePicker file={upload.file} onChoose={changed(upload.choose)} />
            </TabPanel>
          </Tabs>
          <TextField className="field" value={number} onChange={changed(setNumber)} isRequired={!target && kind === 'text'}>
            <Label className="field-label">Patent number</Label>
            <Input className="field-input" placeholder="US 1,234,567" spellCheck={false} />
            <Text slot="description" className="field-description">
              {numberHelp(kind, target)}
            </Text>
          </TextField>
        </div>
        <PreviewPane kind={kind} preview={preview} claimsInMatter={claimsInMatter} />
      </div>
      <footer className="import-dialog__footer">
        {importError && (
          <div className="import-dialog__error" role="alert">
            <AlertIcon className="import-dialog__error-icon" />
            <p>
              <strong>Could not import.</strong> {importError.message}
            </p>
          </div>
        )}
        <div className="import-dialog__actions">
          <Button className="button" onPress={close}>
            Cancel
          </Button>
          <Button className="button button--primary" isDisabled={!canImport} onPress={() => void importClaims()}>
            {importing ? 'Importing…' : preview.parsed && newClaims > 0 ? `Import ${countOf(newClaims, 'claim')}` : 'Import'}
          </Button>
        </div>
      </footer>
    </>
  );
}

function numberHelp(kind: SourceKind, target: PatentDetail | undefined): string {
  if (kind === 'file') return 'Read from the file. Give it only to pick one patent of a USPTO bulk file.';
  return target ? 'Which patent the pasted claims are from: it must be this one.' : 'Required: pasted claims do not say which patent they are from.';
}

interface PreviewPaneProps {
  readonly kind: SourceKind;
  readonly preview: ParsePreview;
  readonly claimsInMatter: ReadonlySet<number>;
}

function PreviewPane({ kind, preview: { parsed, error, parsing }, claimsInMatter }: PreviewPaneProps) {
  const headingId = useId();
  const independent = parsed?.claims.filter((c) => c.dependsOn.length === 0).length ?? 0;
  const kept = parsed?.claims.filter((c) => claimsInMatter.has(c.number)).length ?? 0;
  return (
    <section className="import-dialog__preview" aria-labelledby={headingId} aria-busy={parsing}>
      <div className="import-dialog__preview-heading">
        <h3 id={headingId} className="import-dialog__preview-title">
          Preview
        </h3>
        {parsed && (
          <p className="import-dialog__preview-summary">
            {[countOf(parsed.claims.length, 'claim'), countOf(independent, 'independent claim'), kept > 0 && `${kept} already in the matter`]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
      </div>
      <div className="import-dialog__preview-body">
        {error ? (
          <div className="import-dialog__parse-error" role="status">
            <p className="import-dialog__parse-error-title">These claims cannot be imported</p>
            <p>{error.message}</p>
          </div>
        ) : parsed ? (
          <ParsedClaimsPreview parsed={parsed} claimsInMatter={claimsInMatter} />
        ) : (
          <p className="import-dialog__preview-hint">
            {parsing
              ? 'Reading the claims…'
              : kind === 'text'
                ? 'Paste the claims, starting with claim 1, to see the claim tree and each claim’s limitations before importing.'
                : 'Choose or drop a file to see its claims before importing.'}
          </p>
        )}
      </div>
    </section>
  );
}
