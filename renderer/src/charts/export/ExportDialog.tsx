import { useEffect, useState } from 'react';
import { Button, Checkbox, Dialog, DialogTrigger, Heading, Label, Modal, ModalOverlay, TextArea, TextField } from 'react-aria-components';
import type { ChartDetail } from '../../../../shared/domain/chart';
import { ExportOptionsSchema, type ExportFormat, type ExportOptionsInput, type ExportResult, type VerificationReport as Report } from '../../../../shared/domain/export';
import { formatFileSize } from '../../claims/formatFileSize';
import { useAppCommand } from '../../hooks/useAppCommand';
import { useRpcQuery } from '../../hooks/useRpcQuery';
import { asRpcError, call } from '../../rpc/client';
import { reportError } from '../../ui/notifications';
import { LoadingState } from '../../ui/states';
import { ExportOptionsForm } from './ExportOptionsForm';
import { VerificationReport } from './VerificationReport';
import '../../ui/buttons.css';
import '../../ui/fields.css';
import '../../ui/modal.css';
import './ExportDialog.css';
import '../choices.css';

interface ExportDialogTriggerProps {
  readonly chart: ChartDetail;
  /** Writes pending edits first: what is verified and exported is what is on screen. */
  readonly beforeExport: () => Promise<void>;
}

/** "Export…" in the chart's header; the desktop menu's File → Export… opens it too. */
export function ExportDialogTrigger(props: ExportDialogTriggerProps) {
  const [isOpen, setOpen] = useState(false);
  useAppCommand('export-chart', () => setOpen(true));
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button--primary">Export…</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal export-dialog">
          <Dialog className="modal__dialog">{({ close }) => <ExportFlow {...props} close={close} />}</Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/**
 * Verification first (every quote against its page, every citation's excerpt), then the options, then the
 * export. A failed verification blocks it unless the user overrides with a reason, which is recorded.
 */
function ExportFlow({ chart, beforeExport, close }: ExportDialogTriggerProps & { readonly close: () => void }) {
  const { data: choices } = useRpcQuery('export.options', {}, 'Could not load the export options');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [options, setOptions] = useState<ExportOptionsInput>();
  const [report, setReport] = useState<Report>();
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Extract<ExportResult, { status: 'written' }>>();

  useEffect(() => {
    if (choices && !options) setOptions(choices.defaults);
  }, [choices, options]);

  useEffect(() => {
    let current = true;
    beforeExport()
      .then(() => call('export.verify', { chartId: chart.id }))
      .then((verification) => current && setReport(verification))
      .catch((error: unknown) => reportError('The chart could not be verified', asRpcError(error)));
    return () => {
      current = false;
    };
  }, [beforeExport, chart.id]);

  const blocked = report !== undefined && !report.passed && !(overriding && reason.trim().length >= 3);
  // The export would refuse such options (a cite template without its {bates} or {page}, which its field flags; no font).
  const optionsValid = options !== undefined && ExportOptionsSchema.safeParse(options).success;
  const run = async () => {
    setRunning(true);
    try {
      const outcome = await call('export.run', {
        chartId: chart.id,
        format,
        options,
        override: report?.passed ? undefined : { reason: reason.trim() },
      });
      if (outcome.status === 'blocked') setReport(outcome.verification);
      else setResult(outcome);
    } catch (error) {
      reportError('The chart was not exported', asRpcError(error));
    } finally {
      setRunning(false);
    }
  };

  if (result) {
    return (
      <>
        <Heading slot="title" className="modal__title">
          Exported
        </Heading>
        <p>
          <strong>{result.fileName}</strong> · {formatFileSize(result.byteSize)}
        </p>
        <p className="modal__note export-dialog__path">Saved as {result.path}</p>
        <VerificationReport report={result.verification} />
        {result.overrideReason && <p className="modal__note">Exported despite failed verification: “{result.overrideReason}” (recorded with the export).</p>}
        <div className="modal__actions">
          <a className="button export-dialog__download" href={result.downloadUrl} download={result.fileName}>
            Download
          </a>
          <Button className="button button--primary" onPress={close} autoFocus>
            Done
          </Button>
        </div>
      </>
    );
  }

  return (
    <>
      <Heading slot="title" className="modal__title">
        Export “{chart.title}”
      </Heading>
      {report ? <VerificationReport report={report} /> : <LoadingState label="Verifying every quote against its document…" />}
      {report && !report.passed && (
        <div className="export-dialog__override">
          <Checkbox className="choice" isSelected={overriding} onChange={setOverriding}>
            <span className="choice__box" aria-hidden="true" />
            Export anyway
          </Checkbox>
          {overriding && (
            <TextField className="field" value={reason} onChange={setReason} isRequired autoFocus>
              <Label className="field-label">Why (recorded with the export)</Label>
              <TextArea className="field-input" rows={2} placeholder="e.g. Draft for internal review; quotes to be fixed before service" />
            </TextField>
          )}
        </div>
      )}
      {choices && options ? <ExportOptionsForm choices={choices} format={format} onFormat={setFormat} options={options} onOptions={setOptions} /> : <LoadingState label="Loading the options…" />}
      <div className="modal__actions">
        <Button className="button" onPress={close}>
          Cancel
        </Button>
        <Button className="button button--primary" isDisabled={!report || !optionsValid || blocked} isPending={running} onPress={() => void run()}>
          Export
        </Button>
      </div>
    </>
  );
}
