/**
 * Document imports, as the import panel shows them: one batch per import call, one row per file. The
 * panel follows `document.importProgress` events, so an import started elsewhere (the desktop menu) shows
 * too; for the imports started here, the call's own result has the last word on every file.
 *
 * A module-level store (like the notification queue): an import goes on, and stays visible, whatever view
 * the user moves to meanwhile.
 */
import type { ImportOutcome, ImportProgress } from '../../../../shared/domain/document';
import { asRpcError, call, importablePath, subscribe } from '../../rpc/client';

export type RowState = 'waiting' | 'uploading' | ImportProgress['phase'];

export interface ImportRow {
  readonly key: string;
  readonly fileName: string;
  /** Where the Node side reads the file (known once uploaded, in browser mode): kept for a password retry. */
  readonly path?: string;
  readonly state: RowState;
  readonly pagesDone: number;
  readonly pageCount: number;
  readonly outcome?: ImportOutcome;
}

export interface ImportBatch {
  readonly key: string;
  readonly rows: readonly ImportRow[];
  readonly running: boolean;
  readonly cancelling: boolean;
  /** The ids of the calls still running for this batch (the first import, password retries). */
  readonly importIds: readonly string[];
  /** A failure of the whole call (the matter is read-only, the service stopped), as words for the user. */
  readonly error?: string;
}

let batches: readonly ImportBatch[] = [];
const listeners = new Set<() => void>();
/** importId → the batch and, for each file of that call (fileNumber - 1), the row it updates. */
const calls = new Map<string, { batchKey: string; rowKeys: readonly string[]; external: boolean }>();
let nextKey = 0;

function setBatches(next: readonly ImportBatch[]): void {
  batches = next;
  for (const listener of listeners) listener();
}

function updateBatch(key: string, change: (batch: ImportBatch) => ImportBatch): void {
  setBatches(batches.map((b) => (b.key === key ? change(b) : b)));
}

function updateRow(batchKey: string, rowKey: string, change: Partial<ImportRow>): void {
  updateBatch(batchKey, (b) => ({ ...b, rows: b.rows.map((r) => (r.key === rowKey ? { ...r, ...change } : r)) }));
}

let stopEvents: (() => void) | undefined;

export function subscribeToImports(listener: () => void): () => void {
  listeners.add(listener);
  stopEvents ??= subscribe('document.importProgress', onProgress);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stopEvents?.();
    stopEvents = undefined;
  };
}

export const readImports = (): readonly ImportBatch[] => batches;

function onProgress(progress: ImportProgress): void {
  let target = calls.get(progress.importId);
  if (!target) target = followExternalImport(progress);
  const rowKey = target.rowKeys[progress.fileNumber - 1];
  if (rowKey === undefined) return;
  updateRow(target.batchKey, rowKey, {
    state: progress.phase,
    pagesDone: progress.pagesDone,
    pageCount: progress.pageCount,
    ...(progress.outcome && { outcome: progress.outcome }),
  });
  // An import started here ends with its call; one started elsewhere, with its last file.
  if (target.external && progress.phase === 'done' && progress.fileNumber === progress.fileCount) finishCall(target.batchKey, progress.importId);
}

/** An import this window did not start: a batch of rows named as the events name them. */
function followExternalImport(progress: ImportProgress) {
  const batchKey = `batch-${nextKey++}`;
  const rows = Array.from({ length: progress.fileCount }, (_, i) => newRow(i + 1 === progress.fileNumber ? progress.fileName : `Document ${i + 1}`));
  const target = { batchKey, rowKeys: rows.map((r) => r.key), external: true };
  calls.set(progress.importId, target);
  setBatches([...batches, { key: batchKey, rows, running: true, cancelling: false, importIds: [progress.importId] }]);
  return target;
}

function finishCall(batchKey: string, importId: string): void {
  calls.delete(importId);
  updateBatch(batchKey, (b) => {
    const importIds = b.importIds.filter((id) => id !== importId);
    return { ...b, importIds, running: importIds.length > 0, cancelling: importIds.length > 0 && b.cancelling };
  });
}

function newRow(fileName: string, path?: string): ImportRow {
  return { key: `row-${nextKey++}`, fileName, path, state: 'waiting', pagesDone: 0, pageCount: 0 };
}

const newImportId = () => crypto.randomUUID();

/** Imports the files the user dropped or picked, in one batch. */
export async function importFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const batchKey = `batch-${nextKey++}`;
  const importId = newImportId();
  const rows = files.map((file) => newRow(file.name));
  setBatches([...batches, { key: batchKey, rows, running: true, cancelling: false, importIds: [importId] }]);

  // Files the Node side could not be given are refused here, with the reason; the others go on.
  const sent: { rowKey: string; path: string }[] = [];
  for (const [index, file] of files.entries()) {
    const rowKey = rows[index]!.key;
    if (isCancelling(batchKey)) {
      updateRow(batchKey, rowKey, { state: 'done', outcome: refusal(file.name, 'cancelled', 'The import was cancelled before this file was read.') });
      continue;
    }
    try {
      updateRow(batchKey, rowKey, { state: 'uploading' });
      const path = await importablePath(file);
      updateRow(batchKey, rowKey, { state: 'waiting', path });
      sent.push({ rowKey, path });
    } catch (error) {
      updateRow(batchKey, rowKey, { state: 'done', outcome: refusal(file.name, 'unreadable', asRpcError(error).message) });
    }
  }
  if (sent.length === 0 || isCancelling(batchKey)) {
    finishCall(batchKey, importId);
    return;
  }
  await runImport(batchKey, importId, sent);
}

/** Imports one refused, encrypted file again with the password the user typed. */
export async function retryWithPassword(batchKey: string, row: ImportRow, password: string): Promise<void> {
  if (!row.path) return;
  const importId = newImportId();
  updateBatch(batchKey, (b) => ({ ...b, running: true, importIds: [...b.importIds, importId] }));
  updateRow(batchKey, row.key, { state: 'waiting', outcome: undefined });
  await runImport(batchKey, importId, [{ rowKey: row.key, path: row.path }], password);
}

async function runImport(batchKey: string, importId: string, files: readonly { rowKey: string; path: string }[], password?: string) {
  calls.set(importId, { batchKey, rowKeys: files.map((f) => f.rowKey), external: false });
  try {
    const result = await call('document.import', { paths: files.map((f) => f.path), importId, ...(password !== undefined && { password }) });
    result.outcomes.forEach((outcome, i) => updateRow(batchKey, files[i]!.rowKey, { state: 'done', outcome }));
  } catch (error) {
    updateBatch(batchKey, (b) => ({
      ...b,
      error: asRpcError(error).message,
      rows: b.rows.map((r) => (files.some((f) => f.rowKey === r.key) && !r.outcome ? { ...r, state: 'done' } : r)),
    }));
  } finally {
    finishCall(batchKey, importId);
  }
}

function isCancelling(batchKey: string): boolean {
  return batches.find((b) => b.key === batchKey)?.cancelling ?? false;
}

function refusal(path: string, code: Extract<ImportOutcome, { status: 'refused' }>['code'], message: string): ImportOutcome {
  return { status: 'refused', path, code, message };
}

/** Stops the batch: the document being read is dropped whole, the files after it are not read. */
export async function cancelImport(batchKey: string): Promise<void> {
  const batch = batches.find((b) => b.key === batchKey);
  if (!batch?.running) return;
  updateBatch(batchKey, (b) => ({ ...b, cancelling: true }));
  await Promise.all(batch.importIds.map((importId) => call('document.importCancel', { importId }).catch(() => undefined)));
}

export function dismissImport(batchKey: string): void {
  setBatches(batches.filter((b) => b.key !== batchKey || b.running));
}

/** The file picker, registered by the one DocumentImport mounted in the shell. */
let filePicker: (() => void) | undefined;

export function registerFilePicker(open: () => void): () => void {
  filePicker = open;
  return () => {
    if (filePicker === open) filePicker = undefined;
  };
}

/** "Import documents…": the sidebar button and the keyboard command both open the same picker. */
export function openImportPicker(): void {
  filePicker?.();
}
