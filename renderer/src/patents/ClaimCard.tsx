import { useId, type ReactNode } from 'react';
import type { ClaimDetail } from '../../../shared/domain/patent';
import { Badge } from '../ui/Badge';
import { WarningList } from './WarningList';
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

/** What the card shows of a claim: a stored one, or one parsed for the import preview (no preamble setting yet). */
export type CardClaim = Pick<ClaimDetail, 'number' | 'status' | 'category' | 'dependsOn' | 'meansPlusFunction' | 'warnings'> & {
  readonly preambleLimiting?: boolean;
};

interface ClaimCardProps {
  readonly claim: CardClaim;
  readonly presentClaimNumbers: ReadonlySet<number>;
  /** The id a route's claim link scrolls to; only the patent view's cards have one. */
  readonly elementId?: string;
  readonly isTarget?: boolean;
  /** The claim's limitations (or its text), as the view shows them. */
  readonly children: ReactNode;
}

/** One claim as a chart will use it: its number, what it depends on, its category and flags, the parser's warnings. */
export function ClaimCard({ claim, presentClaimNumbers, elementId, isTarget = false, children }: ClaimCardProps) {
  const headingId = useId();
  return (
    <div
      id={elementId}
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
          {claim.preambleLimiting === false && <Badge>Preamble not limiting</Badge>}
          {claim.status !== 'active' && <Badge tone="danger">{claim.status === 'canceled' ? 'Canceled' : 'Withdrawn'}</Badge>}
        </span>
      </div>
      <WarningList warnings={claim.warnings} label={`Warnings for claim ${claim.number}`} />
      {children}
    </div>
  );
}

function relationText({ dependsOn }: CardClaim, present: ReadonlySet<number>): string {
  if (dependsOn.length === 0) return 'Independent';
  const parents = dependsOn.map((n) => (present.has(n) ? `${n}` : `${n} (not in the matter)`));
  return `Depends on claim${dependsOn.length > 1 ? 's' : ''} ${parents.join(', ')}`;
}
