import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Excerpt } from '../../../shared/domain/document';
import type { ExcerptUsage } from '../../../shared/domain/chart';
import { deleteExcerpt } from '../excerpts/excerptActions';
import { countOf } from '../ui/format';
import '../ui/buttons.css';
import '../ui/modal.css';
import './DeleteExcerptDialog.css';

interface DeleteExcerptDialogProps {
  readonly excerpt: Excerpt;
  /** Where it is cited: never empty (an excerpt cited nowhere is deleted without asking). */
  readonly usage: readonly ExcerptUsage[];
  readonly onClose: () => void;
}

/** Asks before deleting an excerpt that charts cite, naming each row that would lose its evidence. */
export function DeleteExcerptDialog({ excerpt, usage, onClose }: DeleteExcerptDialogProps) {
  const charts = [...new Map(usage.map((u) => [u.chartId, u.chartTitle]))];
  return (
    <ModalOverlay className="modal-overlay" isDismissable isOpen onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal">
        <Dialog className="modal__dialog" role="alertdialog">
          <Heading slot="title" className="modal__title">
            Delete the excerpt at {excerpt.cite}?
          </Heading>
          <p>It is cited in {countOf(usage.length, 'row')}:</p>
          <ul className="delete-excerpt__usage">
            {charts.map(([chartId, title]) => (
              <li key={chartId}>
                <strong>{title}</strong>:{' '}
                {usage
                  .filter((u) => u.chartId === chartId)
                  .map((u) => u.label)
                  .join(', ')}
              </li>
            ))}
          </ul>
          <p className="modal__note">
            Those citations will be flagged as pointing at a deleted excerpt, and the chart cannot be exported until each is restored or removed.
          </p>
          <div className="modal__actions">
            <Button className="button" onPress={onClose} autoFocus>
              Keep it
            </Button>
            <Button
              className="button delete-excerpt__confirm"
              onPress={() => {
                onClose();
                void deleteExcerpt(excerpt, true);
              }}
            >
              Delete excerpt
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
