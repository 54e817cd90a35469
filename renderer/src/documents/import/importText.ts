/** How an import's progress and outcomes read in the panel. */
import type { RefusalCode } from '../../../../shared/domain/document';
import type { ImportBatch, ImportRow } from './importStore';

export const refusalTitles: Record<RefusalCode, string> = {
  unreadable: 'Could not be read',
  'too-large': 'Too large',
  'not-a-pdf': 'Not a PDF',
  'damaged-pdf': 'Damaged PDF',
  'password-required': 'Password required',
  'password-wrong': 'Wrong password',
  'no-pages': 'No pages',
  timeout: 'Took too long',
  cancelled: 'Cancelled',
};

/** What a file still being worked on is doing. */
export function rowActivity(row: ImportRow): string {
  switch (row.state) {
    case 'waiting':
      return 'Waiting';
    case 'uploading':
      return 'Sending to ClaimChart…';
    case 'reading':
      return 'Reading…';
    case 'extracting':
      return row.pageCount > 0 ? `Reading text: page ${row.pagesDone.toLocaleString('en-US')} of ${row.pageCount.toLocaleString('en-US')}` : 'Reading text…';
    case 'saving':
      return 'Saving…';
    case 'done':
      return 'Done';
  }
}

/** Done files count whole; the file being read counts by its pages. */
export function batchFraction(batch: ImportBatch): number {
  const total = batch.rows.reduce((sum, row) => {
    if (row.state === 'done') return sum + 1;
    return sum + (row.pageCount > 0 ? (row.pagesDone / row.pageCount) * 0.95 : 0);
  }, 0);
  return batch.rows.length === 0 ? 0 : total / batch.rows.length;
}

/** The file being worked on: "Document 2 of 5". */
export function currentRowIndex(batch: ImportBatch): number {
  const index = batch.rows.findIndex((row) => row.state !== 'done' && row.state !== 'waiting');
  return index >= 0 ? index : batch.rows.findIndex((row) => row.state !== 'done');
}

export function batchSummary(batch: ImportBatch): string {
  const count = (status: string) => batch.rows.filter((row) => row.outcome?.status === status).length;
  const imported = count('imported');
  const duplicates = count('duplicate');
  const refused = count('refused');
  return [
    `${imported} imported`,
    duplicates > 0 && `${duplicates} already in the matter`,
    refused > 0 && `${refused} not imported`,
  ]
    .filter(Boolean)
    .join(' · ');
}
