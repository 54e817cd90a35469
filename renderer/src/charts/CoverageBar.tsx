import { Button } from 'react-aria-components';
import type { Coverage } from '../../../shared/domain/chart';
import { chartStatuses, statusNames, statusShortNames } from './status';
import './status.css';
import './CoverageBar.css';

interface CoverageBarProps {
  readonly coverage: Coverage;
  /** Absent in a read-only version. */
  readonly onNextNeedingEvidence?: () => void;
}

/** How far the chart has come: rows per status as a bar and a legend, and a jump to the next gap. */
export function CoverageBar({ coverage, onNextNeedingEvidence }: CoverageBarProps) {
  const { rowCount, statusCounts } = coverage;
  const needing = statusCounts['needs-evidence'] ?? 0;
  const present = chartStatuses.filter((s) => (statusCounts[s] ?? 0) > 0);
  return (
    <div className="coverage-bar">
      <div className="coverage-bar__track" aria-hidden="true">
        {present.map((s) => (
          <span key={s} className="coverage-bar__segment" data-status={s} style={{ flexGrow: statusCounts[s] }} />
        ))}
      </div>
      <ul className="coverage-bar__legend" aria-label="Rows by status">
        {present.map((s) => (
          <li key={s} className="coverage-bar__count" title={statusNames[s]}>
            <span className="status-dot" data-status={s} />
            <span className="coverage-bar__number">{statusCounts[s]}</span> {statusShortNames[s]}
          </li>
        ))}
        <li className="coverage-bar__total">of {rowCount} rows</li>
      </ul>
      {onNextNeedingEvidence && (
        <Button className="button coverage-bar__next" onPress={onNextNeedingEvidence} isDisabled={needing === 0}>
          {needing === 0 ? 'Every row has evidence' : 'Next row needing evidence'}
        </Button>
      )}
    </div>
  );
}
