import type { ReactNode } from 'react';
import type { MatterSummary } from '../../../shared/domain/matter';
import './TitleBar.css';

/** The matter's name and case caption, and the sidebar's toggle. */
export function TitleBar({ matter, sidebarToggle }: { readonly matter: MatterSummary | undefined; readonly sidebarToggle: ReactNode }) {
  const caseLine = [matter?.court, matter?.caseNumber].filter(Boolean).join(' ');
  return (
    <header className="title-bar">
      {sidebarToggle}
      <div className="title-bar__caption">
        <h1 className="title-bar__matter">{matter?.name ?? 'ClaimChart'}</h1>
        {caseLine && (
          <p className="title-bar__case">
            <span aria-hidden="true">— </span>
            {caseLine}
          </p>
        )}
      </div>
    </header>
  );
}
