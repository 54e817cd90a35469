import type { Limitation } from '../../../shared/domain/patent';
import './ClaimRunningText.css';

/** The claim as one running text, a quiet label where each limitation starts: how the split reads as a whole. */
export function ClaimRunningText({ limitations }: { readonly limitations: readonly Limitation[] }) {
  return (
    <p className="claim-running-text">
      {limitations.map((limitation) => (
        <span key={limitation.id} className="claim-running-text__part">
          <span className="claim-running-text__marker">{limitation.label}</span> {limitation.text}{' '}
        </span>
      ))}
    </p>
  );
}
