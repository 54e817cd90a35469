import type { RowChange } from '../../../../shared/domain/chart';
import type { WordDiffPart } from '../../../../shared/text/word-diff';
import { chartHref, chartVersionHref } from '../../app/route';
import { useExcerpts } from '../../documents/queries';
import { useFreshQuery } from '../useFreshQuery';
import { Badge } from '../../ui/Badge';
import { countOf } from '../../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { View, ViewHeader } from '../../ui/View';
import { statusNames } from '../status';
import { formatDateTime } from './formatDateTime';
import { RestoreVersionTrigger } from './RestoreVersionTrigger';
import '../../ui/buttons.css';
import '../status.css';
import './CompareView.css';

interface CompareViewProps {
  readonly chartId: number;
  readonly versionId: number;
  readonly matterReadOnly: boolean;
}

const changeNames: Readonly<Record<RowChange['change'], string>> = { added: 'Row added', removed: 'Row removed', changed: 'Changed' };

/** What changed from a saved version to the chart now: row by row, status, evidence, and the words. */
export function CompareView({ chartId, versionId, matterReadOnly }: CompareViewProps) {
  const { data: comparison, error, reload } = useFreshQuery('chart.compare', { versionId }, 'Could not compare the chart with the version');
  // Deleted excerpts too: evidence removed since the version may be an excerpt deleted since.
  const { data: excerpts } = useExcerpts({ limit: 5000, includeDeleted: true });
  if (!comparison) {
    return error ? <ErrorState title="The comparison could not be made" error={error} onRetry={reload} /> : <LoadingState label="Comparing…" />;
  }
  const cite = (excerptId: number) => excerpts?.find((e) => e.id === excerptId)?.cite ?? `Excerpt ${excerptId}`;
  const { version, rows, unchangedRowCount } = comparison;
  return (
    <View
      wide
      header={
        <ViewHeader
          eyebrow="Comparison"
          title={`Changes since “${version.name}”`}
          subtitle={`Saved ${formatDateTime(version.createdAt)} · ${countOf(rows.length, 'row')} changed, ${unchangedRowCount} unchanged`}
        >
          <a className="button compare-view__link" href={chartHref(chartId)}>
            Back to the current chart
          </a>
          <a className="button compare-view__link" href={chartVersionHref(chartId, versionId)}>
            Open the version
          </a>
          {!matterReadOnly && <RestoreVersionTrigger version={version} />}
        </ViewHeader>
      }
    >
      {rows.length === 0 ? (
        <EmptyState title="Nothing has changed">
          <p>The chart is as this version froze it.</p>
        </EmptyState>
      ) : (
        <ol className="compare-view__rows" aria-label="Changed rows">
          {rows.map((row) => (
            <li key={row.limitationId} className="compare-row" aria-label={`Row ${row.label}`}>
              <div className="compare-row__heading">
                <a className="compare-row__label" href={chartHref(chartId, row.limitationId)}>
                  {row.label}
                </a>
                <Badge tone={row.change === 'changed' ? 'neutral' : 'warning'}>{changeNames[row.change]}</Badge>
                {row.statusBefore !== row.statusAfter && (
                  <span className="compare-row__status">
                    <span className="compare-row__old">{row.statusBefore ? statusNames[row.statusBefore] : '—'}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> became </span>
                    <span className="compare-row__new">{row.statusAfter ? statusNames[row.statusAfter] : '—'}</span>
                  </span>
                )}
                {[row.claimTextChanged && 'claim language', row.equivalentsChanged && 'equivalents', row.noteChanged && 'internal note']
                  .filter(Boolean)
                  .map((what) => (
                    <Badge key={String(what)}>{`${what} changed`}</Badge>
                  ))}
              </div>
              {(row.evidenceAdded.length > 0 || row.evidenceRemoved.length > 0) && (
                <ul className="compare-row__evidence" aria-label="Evidence">
                  {row.evidenceAdded.map((id) => (
                    <li key={`+${id}`} className="compare-row__added">
                      <span className="visually-hidden">Added: </span>+ {cite(id)}
                    </li>
                  ))}
                  {row.evidenceRemoved.map((id) => (
                    <li key={`-${id}`} className="compare-row__removed">
                      <span className="visually-hidden">Removed: </span>− {cite(id)}
                    </li>
                  ))}
                </ul>
              )}
              {row.textDiff.some((part) => part.op !== 'equal') && <WordDiff parts={row.textDiff} />}
            </li>
          ))}
        </ol>
      )}
    </View>
  );
}

/** The cell's words with what was added and removed marked (ins / del, read as such by screen readers). */
function WordDiff({ parts }: { readonly parts: readonly WordDiffPart[] }) {
  return (
    <p className="word-diff">
      {parts.map((part, i) =>
        part.op === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.op === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
