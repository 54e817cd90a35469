import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { asRpcError } from '../rpc/client';
import { reportError } from './notifications';
import './buttons.css';
import './modal.css';

interface ConfirmTriggerProps {
  /** The button's text ("Restore…"), and its accessible name where the text alone is ambiguous. */
  readonly label: ReactNode;
  readonly ariaLabel?: string;
  readonly isDisabled?: boolean;
  /** The question ("Restore this backup?"). */
  readonly title: ReactNode;
  /** What the action does, said before it is done. */
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly modalClassName?: string;
  /** Runs the action; the dialog closes when it succeeds, and what went wrong is reported under `failureTitle`. */
  readonly onConfirm: () => Promise<void>;
  readonly failureTitle: string;
}

/** A button that asks first: an alert dialog that says what will happen, with Cancel and the action. */
export function ConfirmTrigger({ label, ariaLabel, isDisabled, title, children, confirmLabel, modalClassName, onConfirm, failureTitle }: ConfirmTriggerProps) {
  const [pending, setPending] = useState(false);
  const confirm = async (close: () => void) => {
    setPending(true);
    try {
      await onConfirm();
      close();
    } catch (error) {
      reportError(failureTitle, asRpcError(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <DialogTrigger>
      <Button className="button" isDisabled={isDisabled} aria-label={ariaLabel}>
        {label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={!pending}>
        <Modal className={modalClassName ? `modal ${modalClassName}` : 'modal'}>
          <Dialog className="modal__dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="modal__title">
                  {title}
                </Heading>
                {children}
                <div className="modal__actions">
                  <Button className="button" onPress={close} isDisabled={pending}>
                    Cancel
                  </Button>
                  <Button className="button button--primary" isPending={pending} onPress={() => void confirm(close)}>
                    {confirmLabel}
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
