import { useEffect, useState } from 'react';
import type { Key } from 'react-aria-components';
import type { PatentSummary } from '../../../shared/domain/matter';
import type { ClaimDetail } from '../../../shared/domain/patent';
import { claimHref, patentHref, type Route } from '../app/route';
import { usePatent } from '../hooks/queries';
import { claimCountText } from '../patents/claimCounts';
import { ClaimsIncompleteBadge } from '../patents/ClaimsIncompleteBadge';
import { NavTree, NavTreeItem } from './NavTree';
import './PatentTree.css';

/** Patents, each expandable to its claims (loaded when first expanded). */
export function PatentTree({ patents, route }: { readonly patents: readonly PatentSummary[]; readonly route: Route }) {
  const [expanded, setExpanded] = useState<Set<Key>>(() => new Set());
  const claimPatent = route.view === 'patent' && route.claimNumber !== undefined ? patentHref(route.patentId) : null;

  // A claim opened from elsewhere (a link, back / forward) is shown in the tree, its patent expanded.
  useEffect(() => {
    if (claimPatent) setExpanded((keys) => (keys.has(claimPatent) ? keys : new Set(keys).add(claimPatent)));
  }, [claimPatent]);

  return (
    <NavTree aria-label="Patents" route={route} expandedKeys={expanded} onExpandedChange={setExpanded}>
      {patents.map((patent) => {
        const href = patentHref(patent.id);
        return (
          <NavTreeItem
            key={patent.id}
            href={href}
            textValue={patentTextValue(patent)}
            hasChildItems={patent.importedClaimCount > 0}
            label={<PatentLabel patent={patent} />}
          >
            {expanded.has(href) && <ClaimItems patentId={patent.id} />}
          </NavTreeItem>
        );
      })}
    </NavTree>
  );
}

function patentTextValue(patent: PatentSummary): string {
  return [patent.number, patent.title, claimCountText(patent), patent.claimsComplete ? null : 'claims incomplete']
    .filter(Boolean)
    .join(', ');
}

function PatentLabel({ patent }: { readonly patent: PatentSummary }) {
  return (
    <>
      <span className="patent-item__heading">
        <span className="patent-item__number">{patent.number}</span>
        <span className="patent-item__count">{claimCountText(patent)}</span>
      </span>
      <span className={patent.title ? 'patent-item__title' : 'patent-item__title patent-item__title--missing'}>
        {patent.title ?? 'Title not imported'}
      </span>
      {!patent.claimsComplete && <ClaimsIncompleteBadge />}
    </>
  );
}

function ClaimItems({ patentId }: { readonly patentId: number }) {
  const { data: patent } = usePatent(patentId);
  return patent?.claims.map((claim) => (
    <NavTreeItem
      key={claim.id}
      href={claimHref(patentId, claim.number)}
      textValue={`Claim ${claim.number}, ${claim.dependsOn.length === 0 ? 'independent' : `depends on claim ${claim.dependsOn.join(', ')}`}`}
      label={<ClaimLabel claim={claim} />}
    />
  ));
}

/** The claim's number and the start of its text: enough to recognise it; the patent view has the rest. */
function ClaimLabel({ claim }: { readonly claim: ClaimDetail }) {
  const independent = claim.dependsOn.length === 0;
  return (
    <span className={independent ? 'claim-item claim-item--independent' : 'claim-item'}>
      <span className="claim-item__number">{claim.number}</span>
      <span className="claim-item__text">{claim.text}</span>
    </span>
  );
}
