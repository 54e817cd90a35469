import type { ChartVersionSummary } from '../../../../shared/domain/chart';
import { chartHref } from '../../app/route';
import { navigate } from '../../hooks/useRoute';
import { call } from '../../rpc/client';
import { ConfirmTrigger } from '../../ui/ConfirmTrigger';
import { announceInChart } from '../chartNotice';

/** "Restore this version…": the version's rows replace the chart's, after the chart is saved as a version itself. */
export function RestoreVersionTrigger({ version }: { readonly version: ChartVersionSummary }) {
  const restore = async () => {
    const result = await call('chart.restoreVersion', { versionId: version.id });
    const skipped = result.skippedRows.length > 0 ? ` Rows no longer in the claims were left out: ${result.skippedRows.map((r) => r.label).join(', ')}.` : '';
    announceInChart(`Restored “${version.name}”; the chart as it was is saved as “${result.savedBefore.name}”.${skipped}`);
    navigate(chartHref(version.chartId));
  };
  return (
    <ConfirmTrigger
      label="Restore this version…"
      title={`Restore “${version.name}”?`}
      confirmLabel="Restore"
      onConfirm={restore}
      failureTitle="The version was not restored"
    >
      <p>Every row of the chart goes back to what this version holds: statuses, evidence, notes.</p>
      <p className="modal__note">The chart as it is now is saved as a version first, so restoring can itself be undone.</p>
    </ConfirmTrigger>
  );
}
