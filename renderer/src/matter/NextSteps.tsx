import type { MatterOverview } from '../../../shared/domain/matter';
import { countOf } from '../ui/format';
import './NextSteps.css';

interface Step {
  readonly title: string;
  readonly detail: string;
}

/** What stands between this matter and a finished chart, in the order the work goes. */
function nextSteps({ patents, documents, charts }: MatterOverview): Step[] {
  const incomplete = patents.filter((p) => !p.claimsComplete).length;
  return [
    patents.length === 0 && {
      title: 'Add the asserted patents',
      detail: 'Import each patent’s claims from the patent PDF, USPTO XML or pasted claim text.',
    },
    incomplete > 0 && {
      title: `Complete the claims of ${countOf(incomplete, 'patent')}`,
      detail: 'Import the full text (pasted claims, the patent PDF or USPTO XML) so charts can cover every asserted claim.',
    },
    documents.length === 0 && {
      title: 'Import product documents',
      detail: 'Manuals, datasheets and produced documents are the evidence a chart cites, page by page.',
    },
    charts.length === 0 && {
      title: 'Build the first chart',
      detail: 'A chart maps each limitation of a patent’s claims to evidence that an accused product meets it.',
    },
  ].filter((step): step is Step => Boolean(step));
}

export function NextSteps({ overview }: { readonly overview: MatterOverview }) {
  const steps = nextSteps(overview);
  if (steps.length === 0) return <p className="next-steps__done">Every patent’s claims are complete and charting has begun.</p>;
  return (
    <>
      <ol className="next-steps">
        {steps.map((step) => (
          <li key={step.title} className="next-steps__step">
            <p className="next-steps__title">{step.title}</p>
            <p className="next-steps__detail">{step.detail}</p>
          </li>
        ))}
      </ol>
      <p className="next-steps__note">Document import and chart building arrive in upcoming versions of ClaimChart.</p>
    </>
  );
}
