import type { Key, ReactNode } from 'react';
import type { ClaimNode, TreeClaim } from './buildClaimTree';
import './ClaimTree.css';

interface ClaimTreeProps<C extends TreeClaim> {
  readonly nodes: readonly ClaimNode<C>[];
  readonly claimKey: (claim: C) => Key;
  readonly renderClaim: (claim: C) => ReactNode;
}

/** Claims as nested lists: each claim's dependents in a list beneath it, indented along a guide line. */
export function ClaimTree<C extends TreeClaim>({ nodes, claimKey, renderClaim }: ClaimTreeProps<C>) {
  return (
    <ol className="claim-tree">
      {nodes.map(({ claim, dependents }) => (
        <li key={claimKey(claim)}>
          {renderClaim(claim)}
          {dependents.length > 0 && <ClaimTree nodes={dependents} claimKey={claimKey} renderClaim={renderClaim} />}
        </li>
      ))}
    </ol>
  );
}
