import { useMemo } from 'react';
import type { ParsedPatentView } from '../../../shared/domain/patent';
import { buildClaimTree } from '../patents/buildClaimTree';
import { ClaimCard } from '../patents/ClaimCard';
import { ClaimTree } from '../patents/ClaimTree';
import { LimitationList } from '../patents/LimitationList';
import { WarningList } from '../patents/WarningList';
import './ParsedClaimsPreview.css';

interface ParsedClaimsPreviewProps {
  readonly parsed: ParsedPatentView;
  /** Claims the target patent has already: dependencies on them are met, and the import keeps them. */
  readonly claimsInMatter: ReadonlySet<number>;
}

/** The parsed claims as the patent view will show them: the tree, each claim's limitations and labels, warnings. */
export function ParsedClaimsPreview({ parsed, claimsInMatter }: ParsedClaimsPreviewProps) {
  // Parsed claims have no ids; their order in the source is their identity (a number may occur twice).
  const claims = useMemo(() => parsed.claims.map((claim, index) => ({ ...claim, index })), [parsed]);
  const tree = useMemo(() => buildClaimTree(claims), [claims]);
  const present = new Set([...claimsInMatter, ...claims.map((c) => c.number)]);
  return (
    <div className="parsed-preview">
      {parsed.patent && (
        <p className="parsed-preview__patent">
          <span className="parsed-preview__number">{parsed.patent.number}</span>
          {parsed.patent.title && <span> — {parsed.patent.title}</span>}
        </p>
      )}
      <WarningList warnings={parsed.warnings} label="Warnings for the claim set" />
      <ClaimTree
        nodes={tree}
        claimKey={(claim) => claim.index}
        renderClaim={(claim) => (
          <ClaimCard claim={claim} presentClaimNumbers={present}>
            <LimitationList limitations={claim.limitations} />
          </ClaimCard>
        )}
      />
    </div>
  );
}
