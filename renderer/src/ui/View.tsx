/** The building blocks every main-area view is made of, so all views share one structure and one look. */
import { useId, type ReactNode } from 'react';
import './View.css';

interface ViewProps {
  readonly header: ReactNode;
  /** Wider than reading width, for a view with a side column. */
  readonly wide?: boolean;
  readonly children: ReactNode;
}

/** A view: its header, then its sections. */
export function View({ header, wide = false, children }: ViewProps) {
  return (
    <article className={wide ? 'view view--wide' : 'view'}>
      {header}
      {children}
    </article>
  );
}

interface ViewHeaderProps {
  /** What kind of thing the view shows ("Patent"), above the title. */
  readonly eyebrow: string;
  readonly title: ReactNode;
  readonly subtitle?: ReactNode;
  /** Badges and other status, after the subtitle. */
  readonly children?: ReactNode;
}

export function ViewHeader({ eyebrow, title, subtitle, children }: ViewHeaderProps) {
  return (
    <header className="view-header">
      <p className="view-header__eyebrow">{eyebrow}</p>
      <h2 className="view-header__title">{title}</h2>
      {subtitle && <p className="view-header__subtitle">{subtitle}</p>}
      {children && <div className="view-header__status">{children}</div>}
    </header>
  );
}

interface ViewSectionProps {
  readonly title: string;
  /** A short summary beside the title ("5 of 11 claims"). */
  readonly summary?: ReactNode;
  readonly children: ReactNode;
}

export function ViewSection({ title, summary, children }: ViewSectionProps) {
  const headingId = useId();
  return (
    <section className="view-section" aria-labelledby={headingId}>
      <div className="view-section__heading">
        <h3 id={headingId} className="view-section__title">
          {title}
        </h3>
        {summary && <p className="view-section__summary">{summary}</p>}
      </div>
      {children}
    </section>
  );
}

type Fact = readonly [label: string, value: ReactNode, layout?: 'full-width'];

interface FactListProps {
  readonly facts: readonly Fact[];
  /** Shown instead when no fact has a value. */
  readonly empty?: ReactNode;
}

/** Label / value pairs in columns; a pair whose value is missing is left out rather than shown empty. */
export function FactList({ facts, empty = null }: FactListProps) {
  const known = facts.filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '');
  if (known.length === 0) return empty;
  return (
    <dl className="fact-list">
      {known.map(([label, value, layout]) => (
        <div key={label} className={layout ? 'fact-list__fact fact-list__fact--full-width' : 'fact-list__fact'}>
          <dt className="fact-list__label">{label}</dt>
          <dd className="fact-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
