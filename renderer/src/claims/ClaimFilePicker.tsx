import { Button, DropZone, FileTrigger, isFileDropItem, Text } from 'react-aria-components';
import { formatFileSize } from './formatFileSize';
import type { UploadedFile } from './useUploadedFile';
import '../ui/buttons.css';
import './ClaimFilePicker.css';

const acceptedFileTypes = ['.xml', '.pdf', '.txt', 'application/xml', 'text/xml', 'application/pdf', 'text/plain'];

interface ClaimFilePickerProps {
  readonly file: UploadedFile | null;
  readonly onChoose: (file: File) => void;
}

/** Where a patent file is dropped or chosen: its USPTO full-text XML, its PDF, or claims saved as text. */
export function ClaimFilePicker({ file, onChoose }: ClaimFilePickerProps) {
  return (
    <DropZone
      className="file-drop"
      // Any file is taken: the parser names what a wrong one is and what to import instead.
      onDrop={async (event) => {
        const item = event.items.find(isFileDropItem);
        if (item) onChoose(await item.getFile());
      }}
    >
      <Text slot="label" className="file-drop__title">
        Drop the patent’s USPTO XML or PDF here
      </Text>
      <p className="file-drop__detail">Full-text XML from the USPTO (a weekly bulk file too), the issued patent’s PDF, or claims saved as text.</p>
      <FileTrigger acceptedFileTypes={acceptedFileTypes} onSelect={(files) => files?.[0] && onChoose(files[0])}>
        <Button className="button">Choose file…</Button>
      </FileTrigger>
      {file && (
        <p className="file-drop__file" data-failed={file.error ? true : undefined}>
          <span className="file-drop__name">{file.name}</span> · {formatFileSize(file.size)}
          {file.error ? ` — ${file.error.message}` : file.path === null ? ' — sending…' : ''}
        </p>
      )}
    </DropZone>
  );
}
