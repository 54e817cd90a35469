import { useEffect, useId, useMemo, useState } from 'react';
import type { ClaimDetail, PatentDetail } from '../../../shared/domain/patent';
import { useOverview, usePatent } from '../hooks/queries';
import { countOf } from '../ui/format';
import { EmptyState } from '../ui/states';
import { ViewSection } from '../ui/View';
import { ClaimCard, claimElementId } from './ClaimCard';
import { claimCountText } from './claimCounts';
import { ClaimRunningText } from './ClaimRunningText';
import { ClaimsToolbar } from './ClaimsToolbar';
import { ClaimTree } from './ClaimTree';
import { buildClaimTree } from './buildClaimTree';
import { EditableLimitationList } from './EditableLimitationList';
import { shortcutText, shortcuts } from './shortcuts';
import { useClaimEditor, type ClaimEditor } from './useClaimEditor';

interface ClaimsSectionProps {
  readonly patent: PatentDetail;
  /** A claim the route points at (`#/patent/3/claim/4`): scrolled into view and marked. */
  readonly targetClaimNumber: number | undefined;
}

/** The claim tree, where each claim's split into limitations is checked and corrected. */
export function ClaimsSection({ patent, targetClaimNumber }: ClaimsSectionProps) {
  const { reload } = usePatent(patent.id);
  const readOnly = useOverview().data?.matter.readOnly ?? false;
  const editor = useClaimEditor(patent, reload, readOnly);
  const [asText, setAsText] = useState(false);
  const hintId = useId();
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
        <>
          <ClaimsToolbar editor={editor} asText={asText} onAsTextChange={setAsText} />
          <p id={hintId} hidden>
            Move the cursor to where the limitation should end, then split it with {shortcutText(shortcuts.split)}. {shortcutText(shortcuts.merge)} merges
            it with the next limitation, {shortcutText(shortcuts.relabel)} changes its label.
          </p>
          <ClaimTree
            nodes={tree}
            claimKey={(claim) => claim.id}
            renderClaim={(claim) => (
              <ClaimCard
                claim={claim}
                presentClaimNumbers={present}
                elementId={claimElementId(claim.number)}
                isTarget={claim.number === targetClaimNumber}
              >
                <ClaimBody claim={claim} asText={asText} editor={editor} hintId={hintId} />
              </ClaimCard>
            )}
          />
        </>
      ) : (
        // The incomplete-claims notice above offers the import.
        <EmptyState title="No claims imported yet">
          <p>Claims come from pasted claim text, the patent PDF or USPTO XML.</p>
        </EmptyState>
      )}
    </ViewSection>
  );
}

interface ClaimBodyProps {
  readonly claim: ClaimDetail;
  readonly asText: boolean;
  readonly editor: ClaimEditor;
  readonly hintId: string;
}

function ClaimBody({ claim, asText, editor, hintId }: ClaimBodyProps) {
  // The parser could not split this claim; its whole text stands as one block.
  if (claim.limitations.length === 0) return <p className="claim__text">{claim.text}</p>;
  if (asText) return <ClaimRunningText limitations={claim.limitations} />;
  return <EditableLimitationList claim={claim} editor={editor} hintId={hintId} />;
}
