import type { PatentSummary } from '../../../shared/domain/matter';
import { patentHref } from '../app/route';
import { ImportClaimsTrigger } from '../claims/ImportClaimsTrigger';
import { claimCountText } from '../patents/claimCounts';
import { ClaimsIncompleteBadge } from '../patents/ClaimsIncompleteBadge';
import { formatDate } from '../ui/format';
import { EmptyState } from '../ui/states';
import './PatentTable.css';

export function PatentTable({ patents }: { readonly patents: readonly PatentSummary[] }) {
  if (patents.length === 0) {
    return (
      <EmptyState title="No patents in this matter yet">
        <p>Each patent’s claims come from its PDF, its USPTO XML or pasted claim text.</p>
        <ImportClaimsTrigger>Add patent…</ImportClaimsTrigger>
      </EmptyState>
    );
  }
  return (
    <div className="patent-table__scroller">
      <table className="patent-table">
        <thead>
          <tr>
            <th scope="col">Patent</th>
            <th scope="col">Title</th>
            <th scope="col">Priority</th>
            <th scope="col">Issued</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {patents.map((patent) => (
            <tr key={patent.id}>
              <th scope="row">
                <a href={patentHref(patent.id)} className="patent-table__number">
                  {patent.number}
                </a>
                {patent.kind && <span className="patent-table__kind"> {patent.kind}</span>}
              </th>
              <td className={patent.title ? undefined : 'patent-table__missing'}>{patent.title ?? 'Title not imported'}</td>
              <td className="patent-table__date">{patent.priorityDate && formatDate(patent.priorityDate)}</td>
              <td className="patent-table__date">{patent.issueDate && formatDate(patent.issueDate)}</td>
              <td>
                <div className="patent-table__claims">
                  <span>{claimCountText(patent)}</span>
                  {!patent.claimsComplete && <ClaimsIncompleteBadge />}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
