import type { ChartVersionSummary } from '../../../../shared/domain/chart';
import { chartCompareHref, chartHref } from '../../app/route';
import { formatDateTime } from './formatDateTime';
import { RestoreVersionTrigger } from './RestoreVersionTrigger';
import './VersionBanner.css';

interface VersionBannerProps {
  readonly chartId: number;
  readonly version: ChartVersionSummary;
  readonly matterReadOnly: boolean;
}

/** Says a saved version is on screen, read-only, and leads back to the chart, to a comparison, or to restoring it. */
export function VersionBanner({ chartId, version, matterReadOnly }: VersionBannerProps) {
  return (
    <div className="version-banner" role="note">
      <p className="version-banner__text">
        Saved version <strong>“{version.name}”</strong> of {formatDateTime(version.createdAt)} — read-only.
      </p>
      <a className="button version-banner__link" href={chartCompareHref(chartId, version.id)}>
        Compare with the current chart
      </a>
      {!matterReadOnly && <RestoreVersionTrigger version={version} />}
      <a className="button version-banner__link" href={chartHref(chartId)}>
        Back to the current chart
      </a>
    </div>
  );
}
