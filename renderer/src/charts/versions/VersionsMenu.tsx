import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { chartCompareHref, chartVersionHref, type Href } from '../../app/route';
import { useRpcQuery } from '../../hooks/useRpcQuery';
import { navigate } from '../../hooks/useRoute';
import { ChevronIcon } from '../../ui/icons';
import { formatDateTime } from './formatDateTime';
import '../../ui/buttons.css';
import './VersionsMenu.css';
import '../choices.css';

interface VersionsMenuProps {
  readonly chartId: number;
  /** Writes pending edits, so a comparison sees them. */
  readonly beforeLeaving: () => Promise<void>;
}

/** The chart's saved versions, newest first: each opens read-only or is compared with the chart as it is. */
export function VersionsMenu({ chartId, beforeLeaving }: VersionsMenuProps) {
  const versions = useRpcQuery('chart.versions', { chartId }, 'Could not list the chart’s versions');
  const go = (href: Href) => void beforeLeaving().then(() => navigate(href));
  return (
    <DialogTrigger onOpenChange={(open) => open && versions.reload()}>
      <Button className="button">
        Versions <ChevronIcon className="select-chevron" />
      </Button>
      <Popover className="versions-menu" placement="bottom end">
        <Dialog className="versions-menu__dialog" aria-label="Saved versions">
          {({ close }) => (
            <>
              <Heading slot="title" className="versions-menu__title">
                Saved versions
              </Heading>
              {versions.data?.length === 0 && <p className="versions-menu__empty">None yet. “Save version…” freezes the chart as it is, e.g. when it is served.</p>}
              <ul className="versions-menu__list">
                {versions.data?.map((version) => (
                  <li key={version.id} className="versions-menu__item">
                    <span className="versions-menu__name">{version.name}</span>
                    <span className="versions-menu__date">{formatDateTime(version.createdAt)}</span>
                    <span className="versions-menu__actions">
                      <Button className="button versions-menu__action" aria-label={`Open ${version.name}`} onPress={() => {
                          close();
                          go(chartVersionHref(chartId, version.id));
                        }}>
                        Open
                      </Button>
                      <Button className="button versions-menu__action" aria-label={`Compare ${version.name} with the current chart`} onPress={() => {
                          close();
                          go(chartCompareHref(chartId, version.id));
                        }}>
                        Compare
                      </Button>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
