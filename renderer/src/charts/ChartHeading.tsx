import type { ChartDetail } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';
import { documentHref, patentHref, productHref } from '../app/route';
import './ChartHeading.css';

interface ChartHeadingProps {
  readonly chart: ChartDetail;
  readonly excerptOf: (excerptId: number) => Excerpt | undefined;
}

const claimsText = (numbers: readonly number[]) => `${numbers.length === 1 ? 'Claim' : 'Claims'} ${numbers.join(', ')}`;

/**
 * What the chart charts: the patent and its asserted claims, and the accused product family — every
 * member by name, each with the excerpt that shows it is the same product — or the prior-art references.
 */
export function ChartHeading({ chart, excerptOf }: ChartHeadingProps) {
  return (
    <div className="chart-heading">
      <p className="chart-heading__eyebrow">
        {chart.kind === 'infringement' ? 'Infringement chart' : 'Invalidity chart'} ·{' '}
        <a href={patentHref(chart.patent.id)}>{chart.patent.number}</a> · {claimsText(chart.claimNumbers)}
      </p>
      <h2 className="chart-heading__title">{chart.title}</h2>
      {chart.kind === 'infringement' ? (
        <p className="chart-heading__target">
          <span className="chart-heading__target-label">{chart.family.length > 1 ? 'Accused products' : 'Accused product'}</span>
          {chart.family.map((member, i) => {
            const identity = member.identityExcerptId === null ? undefined : excerptOf(member.identityExcerptId);
            return (
              <span key={member.productId} className="chart-heading__member">
                {i > 0 && <span aria-hidden="true"> ≡ </span>}
                <a href={productHref(member.productId)}>{member.name}</a>
                {identity && (
                  <span className="chart-heading__identity">
                    {' '}
                    (same product: <a href={documentHref(identity.documentId, { page: identity.page, excerptId: identity.id })}>{identity.cite}</a>)
                  </span>
                )}
              </span>
            );
          })}
        </p>
      ) : (
        <p className="chart-heading__target">
          <span className="chart-heading__target-label">Prior art</span>
          {chart.references.map((reference, i) => (
            <span key={reference.documentId}>
              {i > 0 && ', '}
              <a href={documentHref(reference.documentId)} title={reference.title}>
                {reference.shortName}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
