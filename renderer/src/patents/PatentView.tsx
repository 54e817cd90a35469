import type { PatentDetail } from '../../../shared/domain/patent';
import { usePatent } from '../hooks/queries';
import { Badge } from '../ui/Badge';
import { ErrorState, LoadingState } from '../ui/states';
import { View, ViewHeader, ViewSection } from '../ui/View';
import { claimCountText } from './claimCounts';
import { ClaimsIncompleteBadge } from './ClaimsIncompleteBadge';
import { ClaimsIncompleteNotice } from './ClaimsIncompleteNotice';
import { ClaimsSection } from './ClaimsSection';
import { PatentBiblio } from './PatentBiblio';
import './PatentView.css';

/** One patent: its claims, each broken into the limitations a chart's rows are, beside its bibliographic data. */
export function PatentView({ patentId, claimNumber }: { readonly patentId: number; readonly claimNumber: number | undefined }) {
  const { data: patent, error, reload } = usePatent(patentId);
  if (!patent) {
    return error ? (
      <ErrorState title="This patent could not be loaded" error={error} onRetry={reload} />
    ) : (
      <LoadingState label="Loading the patent…" />
    );
  }
  return (
    <View wide header={<PatentHeader patent={patent} />}>
      {!patent.claimsComplete && <ClaimsIncompleteNotice patent={patent} />}
      <div className="patent-view">
        <div className="patent-view__text">
          {patent.abstract && (
            <ViewSection title="Abstract">
              <p className="patent-view__abstract">{patent.abstract}</p>
            </ViewSection>
          )}
          <ClaimsSection patent={patent} targetClaimNumber={claimNumber} />
        </div>
        <PatentBiblio patent={patent} />
      </div>
    </View>
  );
}

function PatentHeader({ patent }: { readonly patent: PatentDetail }) {
  return (
    <ViewHeader
      eyebrow="Patent"
      title={[patent.number, patent.kind].filter(Boolean).join(' ')}
      subtitle={patent.title ?? 'Title not imported'}
    >
      <Badge>{claimCountText(patent)}</Badge>
      {!patent.claimsComplete && <ClaimsIncompleteBadge />}
    </ViewHeader>
  );
}
