import type { MatterOverview } from '../../../shared/domain/matter';
import { Dashboard } from '../matter/Dashboard';
import { PatentView } from '../patents/PatentView';
import { ProductView } from '../products/ProductView';
import type { Route } from './route';

/** The main area's content for the route. */
export function MainView({ route, overview }: { readonly route: Route; readonly overview: MatterOverview }) {
  switch (route.view) {
    case 'overview':
      return <Dashboard overview={overview} />;
    case 'patent':
      return <PatentView key={route.patentId} patentId={route.patentId} claimNumber={route.claimNumber} />;
    case 'product':
      return <ProductView key={route.productId} productId={route.productId} overview={overview} />;
  }
}
