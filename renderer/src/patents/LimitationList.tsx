import type { CSSProperties } from 'react';
import type { Limitation } from '../../../shared/domain/patent';
import './LimitationList.css';

/** A claim's limitations in order, each with the label a chart row cites it by ([1pre], [1a], …). */
export function LimitationList({ limitations }: { readonly limitations: readonly Limitation[] }) {
  return (
    <ol className="limitations">
      {limitations.map((limitation) => (
        <li
          key={limitation.id}
          className="limitation"
          data-kind={limitation.kind}
          // Sub-items (i), (ii)… indent by their depth; a custom property set through the CSSOM, which the CSP allows.
          style={{ '--limitation-depth': limitation.depth } as CSSProperties}
        >
          <span className="limitation__label">{limitation.label}</span>
          <span className="limitation__text">{limitation.text}</span>
        </li>
      ))}
    </ol>
  );
}
