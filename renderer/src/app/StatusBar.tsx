import type { MatterOverview } from '../../../shared/domain/matter';
import type { MethodOutput } from '../../../shared/rpc/contract';
import { useAppInfo } from '../hooks/queries';
import { BackupsTrigger } from '../matter/BackupsDialog';
import { countOf } from '../ui/format';
import './StatusBar.css';

const transportNames: Record<MethodOutput<'app.info'>['transport'], string> = {
  electron: 'Desktop',
  browser: 'Browser mode',
  'in-process': 'In-process',
};

/** Where the matter lives (and its backups), whether it can be changed, what it holds, and how the app is running. */
export function StatusBar({ overview }: { readonly overview: MatterOverview | undefined }) {
  const { data: info } = useAppInfo();
  return (
    <footer className="status-bar">
      {overview && (
        <>
          <p className="status-bar__item status-bar__path">
            <span className="status-bar__label">Matter file</span> {overview.matter.path}
          </p>
          <BackupsTrigger className="status-bar__action" readOnly={overview.matter.readOnly}>
            Backups…
          </BackupsTrigger>
          {overview.matter.readOnly && <p className="status-bar__item status-bar__read-only">Read-only</p>}
          <p className="status-bar__item status-bar__counts">{matterCounts(overview)}</p>
        </>
      )}
      {info && (
        <p className="status-bar__item">
          {transportNames[info.transport]} · ClaimChart {info.version}
        </p>
      )}
    </footer>
  );
}

function matterCounts({ patents, products, documents, charts }: MatterOverview): string {
  const claims = patents.reduce((sum, p) => sum + p.importedClaimCount, 0);
  return [
    countOf(patents.length, 'patent'),
    countOf(claims, 'claim'),
    countOf(products.length, 'product'),
    countOf(documents.length, 'document'),
    countOf(charts.length, 'chart'),
  ].join(' · ');
}
