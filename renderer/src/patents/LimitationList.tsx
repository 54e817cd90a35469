import type { CSSProperties } from 'react';
import type { Limitation } from '../../../shared/domain/patent';
import './LimitationList.css';

type ListedLimitation = Pick<Limitation, 'kind' | 'depth' | 'text' | 'label'>;

/** Sub-items (i), (ii)… indent by their depth: a custom property set through the CSSOM, which the CSP allows. */
export const depthStyle = (depth: number) => ({ '--limitation-depth': depth }) as CSSProperties;

/** A claim's limitations in order, read-only, each with the label a chart row cites it by ([1pre], [1a], …). */
export function LimitationList({ limitations }: { readonly limitations: readonly ListedLimitation[] }) {
  return (
    <ol className="limitations">
      {limitations.map((limitation, index) => (
        // Parsed limitations have no id yet; their order is their identity.
        <li key={index} className="limitation" data-kind={limitation.kind} style={depthStyle(limitation.depth)}>
          <span className="limitation__label">{limitation.label}</span>
          <span className="limitation__text">{limitation.text}</span>
        </li>
      ))}
    </ol>
  );
}
