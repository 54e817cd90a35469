import type { VerificationProblem, VerificationReport as Report } from '../../../../shared/domain/export';
import { chartHref } from '../../app/route';
import { countOf } from '../../ui/format';
import { AlertIcon } from '../../ui/icons';
import './VerificationReport.css';

/** The quote check that gates an export: passed, or each failing quote and citation with its row. */
export function VerificationReport({ report }: { readonly report: Report }) {
  const checked = `${countOf(report.quotesChecked, 'quote')} and ${countOf(report.citationsChecked, 'citation')} checked against their documents`;
  if (report.passed) {
    return (
      <p className="verification verification--passed" role="status">
        Verified: {checked}.
      </p>
    );
  }
  return (
    <div className="verification verification--failed" role="alert">
      <p className="verification__summary">
        <AlertIcon /> {report.problems.length === 1 ? 'One problem' : `${report.problems.length} problems`} found ({checked}):
      </p>
      <ul className="verification__problems">
        {report.problems.map((problem, i) => (
          <li key={i} className="verification__problem">
            <a className="verification__row" href={chartHref(report.chartId, problem.limitationId)}>
              {problem.rowLabel}
            </a>{' '}
            {problem.message}
            {problem.quote && <QuoteAtMismatch problem={problem} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The quote with the words from where it departs from the source marked. */
function QuoteAtMismatch({ problem }: { readonly problem: VerificationProblem }) {
  const quote = problem.quote ?? '';
  const at = problem.firstMismatchAt ?? quote.length;
  return (
    <q className="verification__quote">
      {quote.slice(0, at)}
      <mark>{quote.slice(at, at + 60)}</mark>
      {quote.length > at + 60 && '…'}
    </q>
  );
}
