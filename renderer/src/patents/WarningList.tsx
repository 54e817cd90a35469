import type { ClaimDetail } from '../../../shared/domain/patent';
import { AlertIcon } from '../ui/icons';
import './WarningList.css';

type Warning = ClaimDetail['warnings'][number];

/** The parser's warnings, each on its own line, beside what they concern (a claim, or the whole claim set). */
export function WarningList({ warnings, label }: { readonly warnings: readonly Warning[]; readonly label: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="warning-list" aria-label={label}>
      {warnings.map((warning) => (
        <li key={`${warning.code} ${warning.message}`} className="warning-list__item">
          <AlertIcon className="warning-list__icon" />
          {warning.message}
        </li>
      ))}
    </ul>
  );
}
