/**
 * Quote verification, run before every export and by `claimchart verify`: each quote block must be found on
 * its excerpt's page (whitespace, line-end hyphenation and ligatures normalized; "…" elisions and
 * [bracketed] alterations allowed, see shared/text/quote-match.ts), and every quote, chip and figure must
 * point at a live excerpt on a page its document has. Any problem blocks the export unless overridden.
 */
import { bindingProblems, type BindingProblem } from '../../../shared/chart/bindings';
import { citedExcerptIds, type QuoteElement } from '../../../shared/chart/cell-schema';
import type { VerificationProblem, VerificationReport } from '../../../shared/domain/export';
import { hasSearchableText } from '../documents/page-text';
import { matchQuote } from '../../../shared/text/quote-match';
import type { ExportChart, ExportExcerpt, ExportRow } from './model';

type ChartToVerify = Pick<ExportChart, 'chartId' | 'rows' | 'excerpts' | 'pageText'>;

const QUOTE_PREVIEW = 80;

export function verifyChart(chart: ChartToVerify): VerificationReport {
  const problems: VerificationProblem[] = [];
  let quotesChecked = 0;
  let citationsChecked = 0;
  for (const row of chart.rows) {
    const report = (problem: Omit<VerificationProblem, 'claimNumber' | 'rowLabel' | 'limitationId'>) =>
      problems.push({ claimNumber: row.claimNumber, rowLabel: row.label, limitationId: row.limitationId, ...problem });
    citationsChecked += citedExcerptIds(row.content).length;
    const unbound = new Set<number>();
    for (const problem of bindingProblems(row.content, (id) => chart.excerpts.get(id))) {
      unbound.add(problem.excerptId);
      report({ ...bindingKind(problem), excerptId: problem.excerptId, quote: null, firstMismatchAt: null });
    }
    for (const excerpt of citedExcerpts(row, chart.excerpts)) {
      if (unbound.has(excerpt.id) || (excerpt.pageNumber >= 1 && excerpt.pageNumber <= excerpt.documentPageCount)) continue;
      unbound.add(excerpt.id);
      report({
        kind: 'page-out-of-range',
        excerptId: excerpt.id,
        quote: null,
        firstMismatchAt: null,
        message: `Excerpt ${excerpt.id} is on page ${excerpt.pageNumber} of a document that has ${excerpt.documentPageCount}.`,
      });
    }
    for (const block of row.content) {
      if (block.type !== 'quote') continue;
      quotesChecked += 1;
      const excerpt = chart.excerpts.get(block.excerptId);
      if (!excerpt || unbound.has(excerpt.id)) continue;
      const problem = checkQuote(block, excerpt, chart.pageText(excerpt.documentId, excerpt.pageNumber) ?? '');
      if (problem) report({ ...problem, excerptId: excerpt.id });
    }
  }
  return {
    chartId: chart.chartId,
    checkedAt: new Date().toISOString(),
    passed: problems.length === 0,
    quotesChecked,
    citationsChecked,
    problems,
  };
}

/** The problem with a quote block against its page's text, if any. */
function checkQuote(block: QuoteElement, excerpt: ExportExcerpt, pageText: string) {
  const quote = block.children.map((child) => child.text).join('');
  if (!hasSearchableText(pageText)) {
    return { kind: 'source-without-text' as const, quote, firstMismatchAt: null, message: `The page of ${excerpt.cite} has no text to check the quote “${preview(quote)}” against.` };
  }
  // Against the excerpt's own words first, whole words at each end (both read by the viewer's engine), then
  // against the page, where the index's engine may have read a line-end hyphenation differently.
  const ofExcerpt = matchQuote(quote, excerpt.quote, { wholeWords: true });
  const match = ofExcerpt.ok ? matchQuote(quote, pageText) : ofExcerpt;
  if (match.ok) return undefined;
  const departs = match.reason === 'empty' ? 'it has no words' : `it departs from the source at “${preview(quote.slice(match.firstMismatchAt))}”`;
  return { kind: 'quote-not-in-source' as const, quote, firstMismatchAt: match.firstMismatchAt, message: `The quote “${preview(quote)}” is not on ${excerpt.cite}: ${departs}.` };
}

function citedExcerpts(row: ExportRow, excerpts: ReadonlyMap<number, ExportExcerpt>): ExportExcerpt[] {
  return citedExcerptIds(row.content).flatMap((id) => excerpts.get(id) ?? []);
}

function bindingKind({ excerptId, problem }: BindingProblem): Pick<VerificationProblem, 'kind' | 'message'> {
  switch (problem) {
    case 'missing':
      return { kind: 'excerpt-missing', message: `Excerpt ${excerptId} no longer exists.` };
    case 'deleted':
      return { kind: 'excerpt-deleted', message: `Excerpt ${excerptId} was deleted.` };
    case 'figure-needs-region':
      return { kind: 'figure-without-image', message: `Excerpt ${excerptId} is a text excerpt shown as a figure: it has no image.` };
  }
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_PREVIEW ? `${flat.slice(0, QUOTE_PREVIEW - 1)}…` : flat;
}
