import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { BACKUP_INTERVAL_MS, KEEP_BACKUPS, type BackupEntry } from '../../../shared/domain/matter';
import { formatFileSize } from '../claims/formatFileSize';
import { useAppCommand } from '../hooks/useAppCommand';
import { useRpcQuery } from '../hooks/useRpcQuery';
import { call } from '../rpc/client';
import { countOf } from '../ui/format';
import { ConfirmTrigger } from '../ui/ConfirmTrigger';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import '../ui/buttons.css';
import '../ui/modal.css';
import './BackupsDialog.css';

const NOTICE_SHOWN_FOR_MS = 8_000;

// Seconds too: the backup made on open and the one made just before a restore can share a minute.
const madeAt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });

function formatMadeAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : madeAt.format(date);
}

interface BackupsTriggerProps {
  /** A matter open read-only here lists its backups but cannot be restored from this window. */
  readonly readOnly: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * "Backups…": the open matter's rolling backups, newest first, each with "Restore…". Also opens on the desktop
 * menu's File → Backups…. After a restore the matter announces the change and every view reloads
 * (useMatterChanges); a short confirmation follows the button for a few seconds.
 */
export function BackupsTrigger({ readOnly, className = 'button', children }: BackupsTriggerProps) {
  const [isOpen, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  useAppCommand('backups', () => setOpen(true));
  useEffect(() => {
    if (notice === '') return;
    const timer = setTimeout(() => setNotice(''), NOTICE_SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const restored = (backup: BackupEntry) => {
    setOpen(false);
    setNotice(`Restored the backup from ${formatMadeAt(backup.createdAt)}`);
  };
  return (
    <>
      <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
        <Button className={className}>{children}</Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal backups">
            <Dialog className="modal__dialog">{({ close }) => <BackupList readOnly={readOnly} close={close} onRestored={restored} />}</Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
      {/* Always present, so the confirmation is announced when it appears. */}
      <span className="backups__notice" role="status">
        {notice}
      </span>
    </>
  );
}

interface BackupListProps {
  readonly readOnly: boolean;
  readonly close: () => void;
  readonly onRestored: (backup: BackupEntry) => void;
}

function BackupList({ readOnly, close, onRestored }: BackupListProps) {
  const backups = useRpcQuery('matter.backups', {}, 'Could not list the matter’s backups');
  // A backup made during editing announces nothing, so a list kept from an earlier opening may be short of
  // the newest: load it again. (A list never loaded loads on its own.)
  const kept = useRef(backups.data !== undefined);
  const { data: list, reload } = backups;
  useEffect(() => {
    if (kept.current) reload();
  }, [reload]);

  return (
    <>
      <Heading slot="title" className="modal__title">
        Backups of this matter
      </Heading>
      <p className="modal__note">
        ClaimChart backs up the matter when it opens and after every {BACKUP_INTERVAL_MS / 60_000} minutes of editing, and keeps the last{' '}
        {KEEP_BACKUPS}. Newest first.
      </p>
      {readOnly && <p className="backups__read-only">This matter is open read-only here: restore a backup from the window that edits it.</p>}
      {list ? (
        list.length === 0 ? (
          <EmptyState title="No backups yet">
            <p>The first one is made as the matter opens for editing.</p>
          </EmptyState>
        ) : (
          <table className="backups__table">
            <caption className="visually-hidden">{countOf(list.length, 'backup')}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((backup, index) => (
                <tr key={backup.path}>
                  <th scope="row" className="backups__made">
                    {formatMadeAt(backup.createdAt)}
                    {index === 0 && <span className="backups__newest"> · newest</span>}
                  </th>
                  <td className="backups__size">{formatFileSize(backup.size)}</td>
                  <td className="backups__action">
                    <RestoreBackupTrigger backup={backup} isDisabled={readOnly} listFull={list.length >= KEEP_BACKUPS} onRestored={onRestored} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : backups.error ? (
        <ErrorState title="The backups could not be listed" error={backups.error} onRetry={reload} />
      ) : (
        <LoadingState label="Listing the backups…" />
      )}
      <div className="modal__actions">
        <Button className="button" onPress={close}>
          Close
        </Button>
      </div>
    </>
  );
}

interface RestoreBackupTriggerProps {
  readonly backup: BackupEntry;
  readonly isDisabled: boolean;
  /** The safety backup made before the swap then pushes the oldest one out. */
  readonly listFull: boolean;
  readonly onRestored: (backup: BackupEntry) => void;
}

/** "Restore…": asks first, saying what happens to the matter as it is now (matter.restoreBackup backs it up). */
function RestoreBackupTrigger({ backup, isDisabled, listFull, onRestored }: RestoreBackupTriggerProps) {
  const made = formatMadeAt(backup.createdAt);
  const restore = async () => {
    await call('matter.restoreBackup', { path: backup.path });
    onRestored(backup);
  };
  return (
    <ConfirmTrigger
      label="Restore…"
      ariaLabel={`Restore the backup from ${made}`}
      isDisabled={isDisabled}
      title="Restore this backup?"
      confirmLabel="Restore"
      modalClassName="backups__confirm"
      onConfirm={restore}
      failureTitle="The backup was not restored"
    >
      <p>
        The whole matter is replaced by the backup made {made}: patents, claims, documents, excerpts and charts go back to what they were then. Changes
        made since are no longer in the matter.
      </p>
      <p className="modal__note">
        The matter as it is now is backed up first and becomes the newest backup, so the restore can itself be undone
        {listFull ? `; as only the last ${KEEP_BACKUPS} are kept, the oldest backup is removed to make room.` : '.'}
      </p>
    </ConfirmTrigger>
  );
}
