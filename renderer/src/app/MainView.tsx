import { lazy, Suspense } from 'react';
import type { MatterOverview } from '../../../shared/domain/matter';
import { DocumentViewLoader } from '../documents/DocumentViewLoader';
import { ExcerptsView } from '../excerpts/ExcerptsView';
import { Dashboard } from '../matter/Dashboard';
import { PatentView } from '../patents/PatentView';
import { ProductView } from '../products/ProductView';
import { SearchView } from '../search/SearchView';
import { LoadingState } from '../ui/states';
import type { Route } from './route';

// Charts bring Slate: loaded when a chart is first opened.
const ChartScreen = lazy(() => import('../charts/ChartScreen'));

/** The main area's content for the route. */
export function MainView({ route, overview }: { readonly route: Route; readonly overview: MatterOverview }) {
  switch (route.view) {
    case 'overview':
      return <Dashboard overview={overview} />;
    case 'patent':
      return <PatentView key={route.patentId} patentId={route.patentId} claimNumber={route.claimNumber} />;
    case 'product':
      return <ProductView key={route.productId} productId={route.productId} overview={overview} />;
    case 'document': {
      // The viewer brings pdf.js: its code loads apart from the app's (DocumentViewLoader).
      const { view: _view, documentId, ...location } = route;
      return <DocumentViewLoader key={documentId} documentId={documentId} location={location} overview={overview} />;
    }
    case 'search':
      return <SearchView params={route} overview={overview} />;
    case 'excerpts':
      return <ExcerptsView params={route} overview={overview} />;
    case 'chart':
    case 'chart-version':
    case 'chart-compare':
      return (
        <Suspense fallback={<LoadingState label="Opening the chart…" />}>
          <ChartScreen route={route} overview={overview} />
        </Suspense>
      );
  }
}
