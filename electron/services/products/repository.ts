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
