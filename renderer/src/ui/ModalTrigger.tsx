import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './buttons.css';
import './modal.css';

interface ModalTriggerProps {
  /** The button's text ("Edit details…"). */
  readonly label: ReactNode;
  readonly className?: string;
  /** The dialog's title, its accessible name. */
  readonly title: string;
  /** A class of the dialog's own besides `modal` (its width, its layout). */
  readonly modalClassName?: string;
  readonly onOpenChange?: (isOpen: boolean) => void;
  /** The dialog's body; `close` dismisses it. */
  readonly children: (close: () => void) => ReactNode;
}

/** A button that opens a modal dialog with a title: the app's dialogs share this frame (react-aria: focus trapped, Escape closes). */
export function ModalTrigger({ label, className = 'button', title, modalClassName, onOpenChange, children }: ModalTriggerProps) {
  return (
    <DialogTrigger onOpenChange={onOpenChange}>
      <Button className={className}>{label}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className={modalClassName ? `modal ${modalClassName}` : 'modal'}>
          <Dialog className="modal__dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="modal__title">
                  {title}
                </Heading>
                {children(close)}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
