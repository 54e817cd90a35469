/** What the tree needs of a claim: a stored claim, or one parsed for the import preview. */
export interface TreeClaim {
  readonly number: number;
  readonly dependsOn: readonly number[];
}

export interface ClaimNode<C extends TreeClaim> {
  readonly claim: C;
  readonly dependents: ClaimNode<C>[];
}

/**
 * Independent claims at the top, each dependent nested beneath the claim it refers to (the first one, when it
 * refers to several). A claim whose parent is not in the matter (claims incomplete) or comes after it (a
 * drafting error the parser warns about) stays at the top so that it is never hidden; only earlier claims
 * can be parents, so the result is always a tree.
 */
export function buildClaimTree<C extends TreeClaim>(claims: readonly C[]): ClaimNode<C>[] {
  const byNumber = new Map<number, ClaimNode<C>>();
  const roots: ClaimNode<C>[] = [];
  for (const claim of [...claims].sort((a, b) => a.number - b.number)) {
    const node: ClaimNode<C> = { claim, dependents: [] };
    const parentNumber = claim.dependsOn.find((n) => n < claim.number && byNumber.has(n));
    const parent = parentNumber === undefined ? undefined : byNumber.get(parentNumber);
    (parent ? parent.dependents : roots).push(node);
    byNumber.set(claim.number, node);
  }
  return roots;
}
