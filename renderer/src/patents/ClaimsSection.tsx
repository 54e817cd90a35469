import { useEffect, useMemo } from 'react';
import type { PatentDetail } from '../../../shared/domain/patent';
import { countOf } from '../ui/format';
import { EmptyState } from '../ui/states';
import { ViewSection } from '../ui/View';
import { claimElementId } from './ClaimCard';
import { claimCountText } from './claimCounts';
import { ClaimTree } from './ClaimTree';
import { buildClaimTree } from './buildClaimTree';

interface ClaimsSectionProps {
  readonly patent: PatentDetail;
  /** A claim the route points at (`#/patent/3/claim/4`): scrolled into view and marked. */
  readonly targetClaimNumber: number | undefined;
}

export function ClaimsSection({ patent, targetClaimNumber }: ClaimsSectionProps) {
  const tree = useMemo(() => buildClaimTree(patent.claims), [patent.claims]);
  const present = useMemo(() => new Set(patent.claims.map((c) => c.number)), [patent.claims]);
  const independent = patent.claims.filter((c) => c.dependsOn.length === 0).length;

  useEffect(() => {
    // Smooth unless the user prefers reduced motion: the main area's CSS scroll-behavior decides.
    if (targetClaimNumber !== undefined) document.getElementById(claimElementId(targetClaimNumber))?.scrollIntoView({ block: 'start' });
  }, [targetClaimNumber]);

  return (
    <ViewSection
      title="Claims"
      summary={patent.claims.length > 0 && `${claimCountText(patent)} · ${countOf(independent, 'independent claim')}`}
    >
      {patent.claims.length > 0 ? (
        <ClaimTree nodes={tree} presentClaimNumbers={present} targetClaimNumber={targetClaimNumber} />
      ) : (
        <EmptyState title="No claims imported yet">
          <p>Claims come from pasted claim text, the patent PDF or USPTO XML. Claim import arrives in an upcoming version.</p>
        </EmptyState>
      )}
    </ViewSection>
  );
}
