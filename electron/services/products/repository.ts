import { familyRoots } from '../../../shared/chart/families';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';

export interface ProductFields {
  name: string;
  maker?: string | null;
  note?: string | null;
}

export function insertProduct(db: Db, fields: ProductFields): number {
  const result = stmt(db, 'INSERT INTO products (name, maker, note, created_at) VALUES (?, ?, ?, ?)').run(
    fields.name,
    fields.maker ?? null,
    fields.note ?? null,
    nowIso(),
  );
  return Number(result.lastInsertRowid);
}

/** Marks `productId` as the same product as `sameAsId` (a rebranding): it joins that product's family. */
export function setSameAs(db: Db, productId: number, sameAsId: number | null): void {
  stmt(db, 'UPDATE products SET same_as_id = ? WHERE id = ?').run(sameAsId, productId);
}

export function findProductIdByName(db: Db, name: string): number | undefined {
  const row = stmt(db, 'SELECT id FROM products WHERE name = ?').get(name) as { id: number } | undefined;
  return row?.id;
}

export interface ProductLink {
  id: number;
  name: string;
  sameAsId: number | null;
  identityExcerptId: number | null;
}

/** Every product with its "same as" link and its identity evidence, by name (families are built from these). */
export function listProductLinks(db: Db): ProductLink[] {
  return stmt(
    db,
    'SELECT id, name, same_as_id AS sameAsId, identity_excerpt_id AS identityExcerptId FROM products ORDER BY name',
  ).all() as ProductLink[];
}

/** Records the excerpt that shows this product is what it is said to be (or clears it with null). */
export function setIdentityExcerpt(db: Db, productId: number, excerptId: number | null): void {
  stmt(db, 'UPDATE products SET identity_excerpt_id = ? WHERE id = ?').run(excerptId, productId);
}

/** The family `productId` belongs to: its root first, then the other members by name. */
export function familyMembers(db: Db, productId: number): ProductLink[] {
  const links = listProductLinks(db);
  const roots = familyRoots(links);
  const root = roots.get(productId);
  return links
    .filter((p) => roots.get(p.id) === root)
    .sort((a, b) => Number(b.id === root) - Number(a.id === root));
}
