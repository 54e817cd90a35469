import { useId } from 'react';
import type { ClaimDetail } from '../../../shared/domain/patent';
import { Badge } from '../ui/Badge';
import { AlertIcon } from '../ui/icons';
import { LimitationList } from './LimitationList';
import './ClaimCard.css';

export const claimElementId = (claimNumber: number) => `claim-${claimNumber}`;

const categoryNames: Readonly<Record<string, string>> = {
  method: 'Method',
  apparatus: 'Apparatus',
  system: 'System',
  composition: 'Composition',
  'computer-readable-medium': 'Computer-readable medium',
  other: 'Other',
};

interface ClaimCardProps {
  readonly claim: ClaimDetail;
  readonly presentClaimNumbers: ReadonlySet<number>;
  readonly isTarget: boolean;
}

/**
 * One claim as a chart will use it: its number, what it depends on, its category and flags, the parser's
 * warnings, and its limitations with their labels. (Splitting and merging limitations will live here.)
 */
export function ClaimCard({ claim, presentClaimNumbers, isTarget }: ClaimCardProps) {
  const headingId = useId();
  return (
    <div
      id={claimElementId(claim.number)}
      className="claim"
      data-status={claim.status}
      data-target={isTarget || undefined}
      role="group"
      aria-labelledby={headingId}
    >
      <div className="claim__header">
        <h4 id={headingId} className="claim__title">
          Claim {claim.number}
        </h4>
        <span className="claim__relation">{relationText(claim, presentClaimNumbers)}</span>
        <span className="claim__badges">
          <Badge>{categoryNames[claim.category] ?? claim.category}</Badge>
          {claim.meansPlusFunction && <Badge tone="accent">Means-plus-function</Badge>}
          {!claim.preambleLimiting && <Badge>Preamble not limiting</Badge>}
          {claim.status !== 'active' && <Badge tone="danger">{claim.status === 'canceled' ? 'Canceled' : 'Withdrawn'}</Badge>}
        </span>
      </div>
      {claim.warnings.length > 0 && (
        <ul className="claim__warnings" aria-label={`Warnings for claim ${claim.number}`}>
          {claim.warnings.map((warning) => (
            <li key={`${warning.code} ${warning.message}`} className="claim__warning">
              <AlertIcon className="claim__warning-icon" />
              {warning.message}
            </li>
          ))}
        </ul>
      )}
      {claim.limitations.length > 0 ? (
        <LimitationList limitations={claim.limitations} />
      ) : (
        // The parser could not split this claim; its whole text stands as one block until it is split by hand.
        <p className="claim__text">{claim.text}</p>
      )}
    </div>
  );
}

function relationText({ dependsOn }: ClaimDetail, present: ReadonlySet<number>): string {
  if (dependsOn.length === 0) return 'Independent';
  const parents = dependsOn.map((n) => (present.has(n) ? `${n}` : `${n} (not in the matter)`));
  return `Depends on claim${dependsOn.length > 1 ? 's' : ''} ${parents.join(', ')}`;
}
