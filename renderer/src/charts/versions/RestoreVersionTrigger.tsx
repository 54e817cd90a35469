import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { ChartVersionSummary } from '../../../../shared/domain/chart';
import { chartHref } from '../../app/route';
import { navigate } from '../../hooks/useRoute';
import { asRpcError, call } from '../../rpc/client';
import { reportError } from '../../ui/notifications';
import { announceInChart } from '../chartNotice';
import '../../ui/buttons.css';
import '../../ui/modal.css';

/** "Restore this version…": the version's rows replace the chart's, after the chart is saved as a version itself. */
export function RestoreVersionTrigger({ version }: { readonly version: ChartVersionSummary }) {
  const [restoring, setRestoring] = useState(false);
  const restore = async (close: () => void) => {
    setRestoring(true);
    try {
      const result = await call('chart.restoreVersion', { versionId: version.id });
      const skipped = result.skippedRows.length > 0 ? ` Rows no longer in the claims were left out: ${result.skippedRows.map((r) => r.label).join(', ')}.` : '';
      announceInChart(`Restored “${version.name}”; the chart as it was is saved as “${result.savedBefore.name}”.${skipped}`);
      close();
      navigate(chartHref(version.chartId));
    } catch (error) {
      reportError('The version was not restored', asRpcError(error));
    } finally {
      setRestoring(false);
    }
  };
  return (
    <DialogTrigger>
      <Button className="button">Restore this version…</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="modal__dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="modal__title">
                  Restore “{version.name}”?
                </Heading>
                <p>Every row of the chart goes back to what this version holds: statuses, evidence, notes.</p>
                <p className="modal__note">The chart as it is now is saved as a version first, so restoring can itself be undone.</p>
                <div className="modal__actions">
                  <Button className="button" onPress={close}>
                    Cancel
                  </Button>
                  <Button className="button button--primary" isPending={restoring} onPress={() => void restore(close)}>
                    Restore
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
