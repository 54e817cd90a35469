/**
 * A chart's rows, computed at read time: one per limitation of the asserted claims, in claim order, with
 * the label the matter's scheme gives it now (so a split or a relabel shows at once), joined to the row's
 * stored cell and to the excerpts the cell cites.
 */
import { bindingProblems } from '../../../shared/chart/bindings';
import { citedExcerptIds } from '../../../shared/chart/cell-schema';
import type { ChartRow, QuoteCheck, RowEvidence } from '../../../shared/domain/chart';
import { AppError } from '../../../shared/errors';
import { matchQuote } from '../../../shared/text/quote-match';
import type { Db } from '../db/open';
import { readPatentDetail } from '../patents/repository';
import { defaultCellValues, readCell, readCells, type CellValues } from './cells';
import { loadExcerptRefs, type ExcerptRef } from './excerpt-refs';
import type { ChartSettings } from './matter-settings';
import { assertedClaimIds, type ChartRecord } from './repository';

/** What a row shows of its limitation (read-only in the chart). */
export type RowLimitation = Pick<ChartRow, 'limitationId' | 'claimNumber' | 'label' | 'limitationKind' | 'depth' | 'claimText'>;

export function chartLimitations(db: Db, chart: ChartRecord, settings: ChartSettings): RowLimitation[] {
  const asserted = new Set(assertedClaimIds(db, chart.id));
  return readPatentDetail(db, chart.patentId, settings.labelScheme)
    .claims.filter((claim) => asserted.has(claim.id))
    .flatMap((claim) =>
      claim.limitations.map((l) => ({
        limitationId: l.id,
        claimNumber: claim.number,
        label: l.label,
        limitationKind: l.kind,
        depth: l.depth,
        claimText: l.text,
      })),
    );
}

/**
 * One row as the renderer shows it. `frozenCites` are a saved version's cites, shown instead of the
 * current ones so a version reads as it was served.
 */
export function toChartRow(
  limitation: RowLimitation,
  cell: CellValues & { updatedAt: string | null },
  excerpts: ReadonlyMap<number, ExcerptRef>,
  frozenCites?: ReadonlyMap<number, string>,
): ChartRow {
  const problems = bindingProblems(cell.content, (id) => excerpts.get(id));
  const evidence = citedExcerptIds(cell.content).map((excerptId): RowEvidence => {
    const excerpt = excerpts.get(excerptId);
    return {
      excerptId,
      cite: frozenCites?.get(excerptId) ?? excerpt?.cite ?? '',
      kind: excerpt?.kind ?? null,
      documentId: excerpt?.documentId ?? null,
      pageNumber: excerpt?.pageNumber ?? null,
      imageSha256: excerpt?.imageSha256 ?? null,
      problem: problems.find((p) => p.excerptId === excerptId)?.problem ?? null,
    };
  });
  return {
    limitationId: limitation.limitationId,
    claimNumber: limitation.claimNumber,
    label: limitation.label,
    limitationKind: limitation.limitationKind,
    depth: limitation.depth,
    claimText: limitation.claimText,
    status: cell.status,
    content: cell.content,
    equivalents: cell.equivalents,
    internalNote: cell.internalNote,
    updatedAt: cell.updatedAt,
    evidence,
    quoteChecks: quoteChecks(cell, excerpts),
  };
}

function quoteChecks(cell: CellValues, excerpts: ReadonlyMap<number, ExcerptRef>): QuoteCheck[] {
  return cell.content.flatMap((block, blockIndex): QuoteCheck[] => {
    if (block.type !== 'quote') return [];
    const excerpt = excerpts.get(block.excerptId);
    if (!excerpt) return [{ blockIndex, excerptId: block.excerptId, matches: false, reason: 'no-source', firstMismatchAt: null }];
    const match = matchQuote(block.children.map((c) => c.text).join(''), excerpt.quote, { wholeWords: true });
    return [
      match.ok
        ? { blockIndex, excerptId: block.excerptId, matches: true, reason: null, firstMismatchAt: null }
        : { blockIndex, excerptId: block.excerptId, matches: false, reason: match.reason, firstMismatchAt: match.firstMismatchAt },
    ];
  });
}

const unwritten = () => ({ ...defaultCellValues(), updatedAt: null });

/** The chart's current rows. */
export function readChartRows(db: Db, chart: ChartRecord, settings: ChartSettings): ChartRow[] {
  const limitations = chartLimitations(db, chart, settings);
  const cells = readCells(db, chart.id);
  const excerpts = loadExcerptRefs(db, [...cells.values()].flatMap((c) => citedExcerptIds(c.content)), settings.citeFormat);
  return limitations.map((limitation) => toChartRow(limitation, cells.get(limitation.limitationId) ?? unwritten(), excerpts));
}

/** One current row (the answer to a row's save, without checking every other row's quotes). */
export function readChartRow(db: Db, chart: ChartRecord, settings: ChartSettings, limitationId: number): ChartRow {
  const limitation = chartLimitations(db, chart, settings).find((l) => l.limitationId === limitationId);
  if (!limitation) throw new AppError('not-found', `Chart ${chart.id} has no row for limitation ${limitationId}.`);
  const cell = readCell(db, chart.id, limitationId);
  const excerpts = loadExcerptRefs(db, cell ? citedExcerptIds(cell.content) : [], settings.citeFormat);
  return toChartRow(limitation, cell ?? unwritten(), excerpts);
}
