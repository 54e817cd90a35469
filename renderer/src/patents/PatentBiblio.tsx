import { useId } from 'react';
import type { PatentDetail } from '../../../shared/domain/patent';
import { formatDate } from '../ui/format';
import { FactList } from '../ui/View';
import './PatentBiblio.css';

/** The patent's bibliographic data, beside its claims like an issue tracker's properties panel. */
export function PatentBiblio({ patent }: { readonly patent: PatentDetail }) {
  const headingId = useId();
  return (
    <aside className="patent-biblio" aria-labelledby={headingId}>
      <h3 id={headingId} className="patent-biblio__heading">
        Bibliographic data
      </h3>
      <FactList
        facts={[
          ['Number', patent.number],
          ['Kind', patent.kind],
          ['Application', patent.applicationNumber],
          ['Priority date', patent.priorityDate && formatDate(patent.priorityDate)],
          ['Issue date', patent.issueDate && formatDate(patent.issueDate)],
          [
            'Inventors',
            patent.inventors.length > 0 && (
              <ul>
                {patent.inventors.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            ),
          ],
          ['Assignee', patent.assignee],
          [
            'Sources',
            // Plain text, not links: the app does not navigate away from the matter.
            patent.sources.length > 0 && (
              <ul className="patent-biblio__sources">
                {patent.sources.map((source) => (
                  <li key={source}>{source}</li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
    </aside>
  );
}
