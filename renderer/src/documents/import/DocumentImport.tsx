import { useEffect, useRef } from 'react';
import { useAppCommand } from '../../hooks/useAppCommand';
import { isCommandKey } from '../keyboard';
import { MAX_IMPORT_FILES } from '../limits';
import { DropOverlay } from './DropOverlay';
import { ImportPanels } from './ImportPanel';
import { importFiles, openImportPicker, registerFilePicker } from './importStore';
import { useWindowFileDrop } from './useWindowFileDrop';

/** Files in batches the importer takes: a drop of 1,200 files is three imports, one after another. */
async function importInBatches(files: readonly File[]): Promise<void> {
  for (let start = 0; start < files.length; start += MAX_IMPORT_FILES) await importFiles(files.slice(start, start + MAX_IMPORT_FILES));
}

/**
 * Every way into document import, mounted once in the shell: files dropped anywhere on the window, the file
 * picker (the sidebar's "Import documents…", Ctrl/⌘ + I and the desktop menu's File → Import Documents…),
 * and the panels that follow each import.
 */
export function DocumentImport({ readOnly }: { readonly readOnly: boolean }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const dragging = useWindowFileDrop((files) => void importInBatches(files));

  useEffect(() => registerFilePicker(() => inputRef.current?.click()), []);
  useAppCommand('import-documents', openImportPicker);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCommandKey(event, 'i')) return;
      event.preventDefault();
      openImportPicker();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".pdf,application/pdf"
        multiple
        hidden
        data-testid="document-import-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          void importInBatches(files);
        }}
      />
      {dragging && <DropOverlay readOnly={readOnly} />}
      <ImportPanels />
    </>
  );
}
