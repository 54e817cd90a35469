import type { ProductSummary } from '../../../shared/domain/matter';

/** Products that are the same product under other names: the one the others are "same as", then the others. */
export interface ProductFamily {
  readonly root: ProductSummary;
  readonly members: readonly ProductSummary[];
}

function familyRoot(product: ProductSummary, byId: ReadonlyMap<number, ProductSummary>): ProductSummary {
  const path: ProductSummary[] = [];
  let current: ProductSummary | undefined = product;
  while (current && !path.includes(current)) {
    path.push(current);
    current = current.sameAsId === null ? undefined : byId.get(current.sameAsId);
  }
  if (!current) return path[path.length - 1]!;
  // A loop of "same as" links (bad data): its lowest id is the root, so every member agrees on one family.
  const loop = path.slice(path.indexOf(current));
  return loop.reduce((lowest, p) => (p.id < lowest.id ? p : lowest));
}

/** Families in the order their roots come in `products`; members in the order they come. */
export function groupProductFamilies(products: readonly ProductSummary[]): ProductFamily[] {
  const byId = new Map(products.map((p) => [p.id, p]));
  const families = new Map<number, { root: ProductSummary; members: ProductSummary[] }>();
  for (const product of products) {
    const root = familyRoot(product, byId);
    let family = families.get(root.id);
    if (!family) families.set(root.id, (family = { root, members: [] }));
    if (product !== root) family.members.push(product);
  }
  const position = new Map(products.map((p, index) => [p.id, index]));
  return [...families.values()].sort((a, b) => position.get(a.root.id)! - position.get(b.root.id)!);
}

/** "Inspur NF5280M5 ≡ Aivres KR2280-X1" */
export function familyName(family: ProductFamily): string {
  return [family.root, ...family.members].map((p) => p.name).join(' ≡ ');
}
