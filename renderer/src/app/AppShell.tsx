// First: before any module that loads zod (see the file).
import './zodWithoutEval';
import type { MatterOverview } from '../../../shared/domain/matter';
import { DocumentImport } from '../documents/import/DocumentImport';
import { useOverview } from '../hooks/queries';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useMatterChanges } from '../hooks/useMatterChanges';
import { useRoute } from '../hooks/useRoute';
import { Sidebar } from '../sidebar/Sidebar';
import { IconButton } from '../ui/IconButton';
import { SidebarIcon } from '../ui/icons';
import { NotificationRegion } from '../ui/NotificationRegion';
import { ErrorState, LoadingState } from '../ui/states';
import { MainView } from './MainView';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import type { Route } from './route';
import { StatusBar } from './StatusBar';
import { TitleBar } from './TitleBar';
import { useMainArea } from './useMainArea';
import { useSidebarVisibility } from './useSidebarVisibility';
import './AppShell.css';

const SIDEBAR_ID = 'sidebar';

/**
 * The window: title bar, sidebar, main area, status bar. On a narrow window (useSidebarVisibility) the
 * sidebar opens over the whole width and closes once a view is chosen from it.
 */
export function AppShell() {
  useMatterChanges();
  const route = useRoute();
  const overview = useOverview();
  const sidebar = useSidebarVisibility();
  const { mainRef, focusMain } = useMainArea(route, sidebar, SIDEBAR_ID);
  useDocumentTitle(viewTitle(route, overview.data), overview.data?.matter.name);

  return (
    <div className="app-shell" data-layout={sidebar.narrow ? 'narrow' : 'wide'}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route, so the skip link moves focus itself rather than following its href.
          event.preventDefault();
          focusMain();
        }}
      >
        Skip to main content
      </a>
      <TitleBar
        matter={overview.data?.matter}
        sidebarToggle={
          <IconButton tooltip={sidebar.shown ? 'Hide sidebar' : 'Show sidebar'} aria-controls={SIDEBAR_ID} onPress={sidebar.toggle}>
            <SidebarIcon />
          </IconButton>
        }
      />
      {overview.data && <ReadOnlyBanner matter={overview.data.matter} />}
      {overview.data && <Sidebar id={SIDEBAR_ID} overview={overview.data} route={route} hidden={!sidebar.shown} />}
      <main id="main" ref={mainRef} className="main" tabIndex={-1} hidden={sidebar.narrow && sidebar.shown}>
        {overview.data ? (
          <MainView route={route} overview={overview.data} />
        ) : overview.error ? (
          <ErrorState title="The matter could not be opened" error={overview.error} onRetry={overview.reload} />
        ) : (
          <LoadingState label="Opening the matter…" />
        )}
      </main>
      <StatusBar overview={overview.data} />
      <DocumentImport readOnly={overview.data?.matter.readOnly ?? false} />
      <NotificationRegion />
    </div>
  );
}

function viewTitle(route: Route, overview: MatterOverview | undefined): string | undefined {
  switch (route.view) {
    case 'overview':
      return undefined;
    case 'patent': {
      const number = overview?.patents.find((p) => p.id === route.patentId)?.number;
      return number && route.claimNumber !== undefined ? `${number}, claim ${route.claimNumber}` : number;
    }
    case 'product':
      return overview?.products.find((p) => p.id === route.productId)?.name;
    case 'document':
      return overview?.documents.find((d) => d.id === route.documentId)?.title;
    case 'search':
      return route.query ? `Search: ${route.query}` : 'Search';
    case 'excerpts':
      return 'Excerpts';
    case 'chart':
    case 'chart-version':
    case 'chart-compare':
      return overview?.charts.find((c) => c.id === route.chartId)?.title;
  }
}
