/**
 * The matter dashboard: patents against accused products, each cell the progress of the charts of that
 * product's family (a product marked "same as" another shares its family's charts), plus each patent's
 * invalidity charts.
 */
import { emptyStatusCounts } from '../../../shared/chart/coverage';
import { familyRoots } from '../../../shared/chart/families';
import type { ChartProgress, Coverage, Dashboard } from '../../../shared/domain/chart';
import type { ChartStatus } from '../../../shared/domain/matter';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { listProductLinks } from '../products/repository';

/**
 * Rows per status of every chart, counted over its limitations as they are now (a row never written, such
 * as one added by a split, counts as needs-evidence).
 */
export function chartCoverages(db: Db): Map<number, Coverage> {
  const counts = stmt(
    db,
    `SELECT cc.chart_id AS chartId, coalesce(ce.status, 'needs-evidence') AS status, count(*) AS n
       FROM chart_claims cc
       JOIN limitations l ON l.claim_id = cc.claim_id
       LEFT JOIN cells ce ON ce.chart_id = cc.chart_id AND ce.limitation_id = l.id
      GROUP BY 1, 2`,
  ).all() as { chartId: number; status: ChartStatus; n: number }[];
  const coverages = new Map<number, Coverage>();
  for (const { chartId, status, n } of counts) {
    let coverage = coverages.get(chartId);
    if (!coverage) coverages.set(chartId, (coverage = { rowCount: 0, statusCounts: emptyStatusCounts() }));
    coverage.statusCounts[status] += n;
    coverage.rowCount += n;
  }
  return coverages;
}

interface ChartRecordRow {
  id: number;
  title: string;
  kind: 'infringement' | 'invalidity';
  patentId: number;
  productId: number | null;
}

export function readDashboard(db: Db): Dashboard {
  const products = listProductLinks(db);
  const roots = familyRoots(products);
  const charts = stmt(db, 'SELECT id, title, kind, patent_id AS patentId, product_id AS productId FROM charts ORDER BY title, id').all() as ChartRecordRow[];
  const claimNumbers = stmt(
    db,
    'SELECT cc.chart_id AS chartId, cl.number FROM chart_claims cc JOIN claims cl ON cl.id = cc.claim_id ORDER BY cl.number',
  ).all() as { chartId: number; number: number }[];
  const coverages = chartCoverages(db);
  const progress = (chart: ChartRecordRow, columnProductId: number | null): ChartProgress => ({
    chartId: chart.id,
    title: chart.title,
    productId: chart.productId,
    claimNumbers: claimNumbers.filter((c) => c.chartId === chart.id).map((c) => c.number),
    inherited: columnProductId !== null && chart.productId !== columnProductId,
    ...(coverages.get(chart.id) ?? { rowCount: 0, statusCounts: emptyStatusCounts() }),
  });
  const patents = stmt(db, 'SELECT id, number, title FROM patents ORDER BY number').all() as { id: number; number: string; title: string | null }[];
  return {
    products: products.map((p) => ({ id: p.id, name: p.name, sameAsId: p.sameAsId, familyId: roots.get(p.id)! })),
    patents: patents.map((patent) => {
      const ofPatent = charts.filter((c) => c.patentId === patent.id);
      return {
        ...patent,
        cells: products.map((product) => ({
          productId: product.id,
          charts: ofPatent
            .filter((c) => c.productId !== null && roots.get(c.productId) === roots.get(product.id))
            .map((c) => progress(c, product.id)),
        })),
        invalidity: ofPatent.filter((c) => c.kind === 'invalidity').map((c) => progress(c, null)),
      };
    }),
  };
}
