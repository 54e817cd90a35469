import type { MatterOverview } from '../../../shared/domain/matter';
import type { Route } from '../app/route';
import { AddProductTrigger } from '../products/AddProductDialog';
import { ImportClaimsTrigger } from '../claims/ImportClaimsTrigger';
import { EmptyState } from '../ui/states';
import { ChartList } from './ChartList';
import { DocumentList } from './DocumentList';
import { PatentTree } from './PatentTree';
import { ProductTree } from './ProductTree';
import { SidebarSection } from './SidebarSection';
import './Sidebar.css';

interface SidebarProps {
  readonly id: string;
  readonly overview: MatterOverview;
  readonly route: Route;
  readonly hidden: boolean;
}

/** The matter at a glance, and the way to every view: the overview, patents and their claims, products. */
export function Sidebar({ id, overview, route, hidden }: SidebarProps) {
  const { patents, products, documents, charts } = overview;
  return (
    <nav id={id} className="sidebar" aria-label="Matter" hidden={hidden}>
      <a className="sidebar__overview" href="#/" aria-current={route.view === 'overview' ? 'page' : undefined}>
        Matter overview
      </a>
      <SidebarSection title="Patents" count={patents.length}>
        {patents.length > 0 ? (
          <PatentTree patents={patents} route={route} />
        ) : (
          <EmptyState compact title="No patents yet">
            <p>Asserted patents and their claims come from a patent PDF, USPTO XML or pasted claim text.</p>
          </EmptyState>
        )}
        <ImportClaimsTrigger className="sidebar__add" opensOnMenuCommand>
          Add patent…
        </ImportClaimsTrigger>
      </SidebarSection>
      <SidebarSection title="Accused products" count={products.length}>
        {products.length > 0 ? (
          <ProductTree products={products} route={route} />
        ) : (
          <EmptyState compact title="No accused products yet">
            <p>Add the products you accuse; a rebranded product joins the family of the one it is the same as.</p>
          </EmptyState>
        )}
        <AddProductTrigger products={products} className="sidebar__add" />
      </SidebarSection>
      <SidebarSection title="Documents" count={documents.length}>
        <DocumentList documents={documents} route={route} readOnly={overview.matter.readOnly} />
      </SidebarSection>
      <SidebarSection title="Charts" count={charts.length}>
        <ChartList charts={charts} patents={patents} products={products} route={route} readOnly={overview.matter.readOnly} />
      </SidebarSection>
    </nav>
  );
}
