import { useId } from 'react';
import type { PatentDetail } from '../../../shared/domain/patent';
import { ImportClaimsTrigger } from '../claims/ImportClaimsTrigger';
import { AlertIcon } from '../ui/icons';
import { importedClaimsSentence } from './claimCounts';
import './ClaimsIncompleteNotice.css';

/** Why claims are missing and what to do about it: charts can only map the claims that are here. */
export function ClaimsIncompleteNotice({ patent }: { readonly patent: PatentDetail }) {
  const titleId = useId();
  const summary = importedClaimsSentence(patent);
  return (
    <div className="claims-notice" role="note" aria-labelledby={titleId}>
      <AlertIcon className="claims-notice__icon" />
      <div className="claims-notice__body">
        <p id={titleId} className="claims-notice__title">
          Claims incomplete
        </p>
        {(summary || patent.note) && <p>{[summary, patent.note].filter(Boolean).join(' ')}</p>}
        <p>
          Charts can map only the claims in the matter. Import the full text (pasted claims, the patent PDF or USPTO
          XML) to add the missing ones; the claims already here stay as they are.
        </p>
        <ImportClaimsTrigger target={patent}>
          Import claims…
        </ImportClaimsTrigger>
      </div>
    </div>
  );
}
