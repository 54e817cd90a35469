import { documentHref } from '../../app/route';
import { Badge } from '../../ui/Badge';
import { countOf } from '../../ui/format';
import type { ImportRow } from './importStore';
import { refusalTitles, rowActivity } from './importText';
import { PasswordRetry } from './PasswordRetry';

/** One file of an import: what is being done to it, or how it ended (and, if refused, why). */
export function ImportRowItem({ batchKey, row }: { readonly batchKey: string; readonly row: ImportRow }) {
  const { outcome } = row;
  return (
    <li className="import-row" data-status={outcome?.status ?? 'running'}>
      <span className="import-row__name">{row.fileName}</span>
      {!outcome && <span className="import-row__detail">{rowActivity(row)}</span>}
      {outcome?.status === 'imported' && (
        <span className="import-row__detail">
          <Badge tone="accent">Imported</Badge>
          <span>{countOf(outcome.pageCount, 'page')}</span>
          {!outcome.hasText && <Badge tone="warning">No text: not searchable</Badge>}
          <a href={documentHref(outcome.documentId)}>Open</a>
        </span>
      )}
      {outcome?.status === 'imported' &&
        outcome.warnings.map((warning) => (
          <span key={warning} className="import-row__message">
            {warning}
          </span>
        ))}
      {outcome?.status === 'duplicate' && (
        <span className="import-row__detail">
          <Badge>Already in the matter</Badge>
          <a href={documentHref(outcome.documentId)}>Open</a>
        </span>
      )}
      {outcome?.status === 'refused' && (
        <>
          <span className="import-row__detail">
            <Badge tone={outcome.code === 'cancelled' ? 'neutral' : 'danger'}>{refusalTitles[outcome.code]}</Badge>
          </span>
          <span className="import-row__message">{outcome.message}</span>
          {(outcome.code === 'password-required' || outcome.code === 'password-wrong') && row.path && (
            <PasswordRetry key={outcome.code} batchKey={batchKey} row={row} />
          )}
        </>
      )}
    </li>
  );
}
