/**
 * Creating a chart: the patent, its asserted claims, and the accused product (infringement) or the prior-art
 * documents (invalidity). Every row starts as needs-evidence with an empty cell.
 */
import { familyRoots } from '../../../shared/chart/families';
import { AppError } from '../../../shared/errors';
import type { ChartCreateInput } from '../../../shared/rpc/methods/charts';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { listProductLinks } from '../products/repository';
import { insertDefaultCells } from './cells';
import { insertChart } from './repository';

interface ClaimRow {
  id: number;
  number: number;
  status: 'active' | 'canceled' | 'withdrawn';
}

function assertedClaims(db: Db, patentId: number, numbers: readonly number[]): ClaimRow[] {
  const claims = stmt(db, 'SELECT id, number, status FROM claims WHERE patent_id = ? ORDER BY number').all(patentId) as ClaimRow[];
  const missing = numbers.filter((n) => !claims.some((c) => c.number === n));
  if (missing.length > 0) {
    const imported = claims.length > 0 ? `it has claims ${claims.map((c) => c.number).join(', ')}` : 'none of its claims are imported';
    throw new AppError('invalid-input', `The patent has no claim ${missing.join(', ')} (${imported}).`);
  }
  const chosen = claims.filter((c) => numbers.includes(c.number));
  const inactive = chosen.filter((c) => c.status !== 'active');
  if (inactive.length > 0) {
    throw new AppError('invalid-input', `Claim ${inactive.map((c) => `${c.number} is ${c.status}`).join(', ')}: only active claims can be asserted.`);
  }
  return chosen;
}

/** One infringement chart per patent and product family: a second would split the family's evidence. */
function refuseSecondFamilyChart(db: Db, patentId: number, productId: number): string {
  const links = listProductLinks(db);
  const product = links.find((p) => p.id === productId);
  if (!product) throw new AppError('not-found', `There is no product with id ${productId} in this matter.`);
  const roots = familyRoots(links);
  const existing = (stmt(db, "SELECT id, product_id FROM charts WHERE patent_id = ? AND kind = 'infringement'").all(patentId) as {
    id: number;
    product_id: number;
  }[]).find((c) => roots.get(c.product_id) === roots.get(productId));
  if (existing) {
    throw new AppError('conflict', `Chart ${existing.id} already charts this patent against ${product.name} or a product the same as it.`);
  }
  return product.name;
}

function referenceNames(db: Db, documentIds: readonly number[]): string[] {
  return documentIds.map((id) => {
    const row = stmt(db, 'SELECT short_name FROM documents WHERE id = ?').get(id) as { short_name: string } | undefined;
    if (!row) throw new AppError('not-found', `There is no document with id ${id} in this matter.`);
    return row.short_name;
  });
}

/** "A, B and C", or "A, B, C and 4 more" so a default title stays a title. */
function listNames(names: readonly string[]): string {
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0]!;
}

export function createChart(db: Db, input: ChartCreateInput): number {
  const patent = stmt(db, 'SELECT number FROM patents WHERE id = ?').get(input.patentId) as { number: string } | undefined;
  if (!patent) throw new AppError('not-found', `There is no patent with id ${input.patentId} in this matter.`);
  const claims = assertedClaims(db, input.patentId, input.claimNumbers);
  const target =
    input.kind === 'infringement'
      ? { productId: input.productId, referenceIds: [], defaultTitle: `${patent.number} — ${refuseSecondFamilyChart(db, input.patentId, input.productId)}` }
      : { productId: null, referenceIds: input.documentIds, defaultTitle: `${patent.number} — invalidity over ${listNames(referenceNames(db, input.documentIds))}` };
  const chartId = insertChart(db, {
    title: input.title ?? target.defaultTitle,
    kind: input.kind,
    patentId: input.patentId,
    productId: target.productId,
    claimIds: claims.map((c) => c.id),
    referenceIds: target.referenceIds,
  });
  const limitationIds = stmt(
    db,
    `SELECT l.id FROM limitations l JOIN chart_claims cc ON cc.claim_id = l.claim_id WHERE cc.chart_id = ?`,
  ).all(chartId) as { id: number }[];
  insertDefaultCells(db, chartId, limitationIds.map((l) => l.id));
  return chartId;
}
