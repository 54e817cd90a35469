/**
 * Product families: a product marked "same as" another (a rebranding) belongs to that product's family, and
 * every member of a family shares the family's charts. The family is named by its root, the product at the
 * end of the "same as" links.
 */

export interface SameAsLink {
  readonly id: number;
  readonly sameAsId: number | null;
}

function rootOf(id: number, byId: ReadonlyMap<number, SameAsLink>): number {
  const path: number[] = [];
  let current: number | undefined = id;
  while (current !== undefined && !path.includes(current)) {
    path.push(current);
    const next: number | null | undefined = byId.get(current)?.sameAsId;
    current = next ?? undefined;
  }
  if (current === undefined) return path[path.length - 1]!;
  // A loop of links (a file edited outside the app): its lowest id is the root, so every member agrees.
  return Math.min(...path.slice(path.indexOf(current)));
}

/** Each product's family root. */
export function familyRoots(products: readonly SameAsLink[]): Map<number, number> {
  const byId = new Map(products.map((p) => [p.id, p]));
  return new Map(products.map((p) => [p.id, rootOf(p.id, byId)]));
}

/** Whether marking `productId` "same as" `sameAsId` would close a loop of links. */
export function sameAsMakesLoop(products: readonly SameAsLink[], productId: number, sameAsId: number): boolean {
  const byId = new Map(products.map((p) => [p.id, p]));
  const seen = new Set<number>();
  for (let current: number | null | undefined = sameAsId; current != null && !seen.has(current); current = byId.get(current)?.sameAsId) {
    if (current === productId) return true;
    seen.add(current);
  }
  return false;
}
