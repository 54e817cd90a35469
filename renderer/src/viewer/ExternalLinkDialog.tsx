import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { call } from '../rpc/client';
import '../ui/buttons.css';
import '../ui/modal.css';
import './ExternalLinkDialog.css';

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/**
 * Asked before anything leaves the app: a link in a PDF (which may come from the other side) is shown in
 * full, and is only opened in the system browser (or copied) if the user says so. Links other than
 * http(s) are shown, never followed.
 */
export function ExternalLinkDialog({ url, onClose }: { readonly url: string | null; readonly onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const [openFailed, setOpenFailed] = useState(false);
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={url !== null}
      onOpenChange={(open) => {
        if (!open) {
          setCopied(false);
          onClose();
        }
      }}
    >
      <Modal className="modal">
        <Dialog className="modal__dialog">
          {({ close }) => (
            <>
              <Heading slot="title" className="modal__title">
                {url && isWebLink(url) ? 'Link to a web page' : 'Link ClaimChart does not follow'}
              </Heading>
              <p>This PDF links to:</p>
              <p className="external-link__url">{url}</p>
              <p className="modal__note">
                {url && isWebLink(url)
                  ? openFailed
                    ? 'No browser could be opened from here. Copy the address to open it yourself.'
                    : 'ClaimChart does not open links from documents by itself. Open it in your browser only if you trust it.'
                  : 'Only web (http or https) links can be copied from a document.'}
              </p>
              <div className="modal__actions">
                <Button className="button" onPress={close}>
                  {copied ? 'Done' : 'Cancel'}
                </Button>
                {url && isWebLink(url) && (
                  <Button className="button" onPress={() => void navigator.clipboard.writeText(url).then(() => setCopied(true))}>
                    {copied ? 'Copied' : 'Copy link'}
                  </Button>
                )}
                {url && isWebLink(url) && (
                  <Button
                    className="button button--primary"
                    onPress={() =>
                      void call('app.openExternal', { url }).then(({ opened }) => (opened ? close() : setOpenFailed(true)), () => setOpenFailed(true))
                    }
                  >
                    Open in browser
                  </Button>
                )}
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
