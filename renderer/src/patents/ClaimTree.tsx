import { ClaimCard } from './ClaimCard';
import type { ClaimNode } from './buildClaimTree';
import './ClaimTree.css';

interface ClaimTreeProps {
  readonly nodes: readonly ClaimNode[];
  readonly presentClaimNumbers: ReadonlySet<number>;
  readonly targetClaimNumber: number | undefined;
}

/** Claims as nested lists: each claim's dependents in a list beneath it, indented along a guide line. */
export function ClaimTree({ nodes, presentClaimNumbers, targetClaimNumber }: ClaimTreeProps) {
  return (
    <ol className="claim-tree">
      {nodes.map(({ claim, dependents }) => (
        <li key={claim.id}>
          <ClaimCard claim={claim} presentClaimNumbers={presentClaimNumbers} isTarget={claim.number === targetClaimNumber} />
          {dependents.length > 0 && (
            <ClaimTree nodes={dependents} presentClaimNumbers={presentClaimNumbers} targetClaimNumber={targetClaimNumber} />
          )}
        </li>
      ))}
    </ol>
  );
}
