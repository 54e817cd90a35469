import { useSyncExternalStore } from 'react';
import { Button, Heading, ProgressBar } from 'react-aria-components';
import { countOf } from '../../ui/format';
import { cancelImport, dismissImport, readImports, subscribeToImports, type ImportBatch } from './importStore';
import { batchFraction, batchSummary, currentRowIndex } from './importText';
import { ImportRowItem } from './ImportRowItem';
import './ImportPanel.css';

/** Every import of this session still worth showing: running, or finished and not yet dismissed. */
export function ImportPanels() {
  const batches = useSyncExternalStore(subscribeToImports, readImports);
  if (batches.length === 0) return null;
  return (
    <div className="import-panels">
      {batches.map((batch) => (
        <ImportPanel key={batch.key} batch={batch} />
      ))}
    </div>
  );
}

function ImportPanel({ batch }: { readonly batch: ImportBatch }) {
  const current = currentRowIndex(batch);
  const row = batch.rows[current];
  const title = batch.running ? (batch.cancelling ? 'Cancelling the import…' : `Importing ${countOf(batch.rows.length, 'document')}`) : 'Import finished';
  return (
    <section className="import-panel" aria-label="Document import">
      <div className="import-panel__header">
        <Heading level={2} className="import-panel__title">
          {title}
        </Heading>
        {batch.running ? (
          <Button className="button" onPress={() => void cancelImport(batch.key)} isDisabled={batch.cancelling}>
            Cancel
          </Button>
        ) : (
          <Button className="button" onPress={() => dismissImport(batch.key)}>
            Close
          </Button>
        )}
      </div>
      {batch.running && row ? (
        <ProgressBar className="import-panel__progress" value={batchFraction(batch) * 100} aria-label="Import progress" valueLabel={`Document ${current + 1} of ${batch.rows.length}`}>
          {({ percentage }) => (
            <>
              <span className="import-panel__progress-label">
                Document {current + 1} of {batch.rows.length}
                {row.pageCount > 0 && ` · pages ${row.pagesDone.toLocaleString('en-US')} of ${row.pageCount.toLocaleString('en-US')}`}
              </span>
              <span className="import-panel__bar">
                <span className="import-panel__fill" style={{ width: `${percentage ?? 0}%` }} />
              </span>
            </>
          )}
        </ProgressBar>
      ) : (
        <p className="import-panel__summary" role="status">
          {batchSummary(batch)}
        </p>
      )}
      {batch.error && <p className="import-panel__error">{batch.error}</p>}
      <ul className="import-panel__rows">
        {batch.rows.map((r) => (
          <ImportRowItem key={r.key} batchKey={batch.key} row={r} />
        ))}
      </ul>
    </section>
  );
}
