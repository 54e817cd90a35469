import { useMemo, useState } from 'react';
import type { Key } from 'react-aria-components';
import type { ProductSummary } from '../../../shared/domain/matter';
import { productHref, type Route } from '../app/route';
import { groupProductFamilies } from '../matter/productFamilies';
import { NavTree, NavTreeItem } from './NavTree';
import './ProductTree.css';

/** Accused products by family: the other names of a product ("same as") nested under it, open by default. */
export function ProductTree({ products, route }: { readonly products: readonly ProductSummary[]; readonly route: Route }) {
  const families = useMemo(() => groupProductFamilies(products), [products]);
  // Remember what the user closed rather than what is open, so a family added later starts open.
  const [collapsed, setCollapsed] = useState<ReadonlySet<Key>>(() => new Set());
  const familyKeys = families.filter((f) => f.members.length > 0).map((f) => productHref(f.root.id));

  return (
    <NavTree
      aria-label="Accused products"
      route={route}
      expandedKeys={familyKeys.filter((key) => !collapsed.has(key))}
      onExpandedChange={(expanded) => setCollapsed(new Set(familyKeys.filter((key) => !expanded.has(key))))}
    >
      {families.map(({ root, members }) => (
        <NavTreeItem
          key={root.id}
          href={productHref(root.id)}
          textValue={root.name}
          hasChildItems={members.length > 0}
          label={<ProductLabel product={root} />}
        >
          {members.map((member) => (
            <NavTreeItem
              key={member.id}
              href={productHref(member.id)}
              textValue={`${member.name}, same product as ${root.name}`}
              label={<ProductLabel product={member} sameAs />}
            />
          ))}
        </NavTreeItem>
      ))}
    </NavTree>
  );
}

/** The name alone: the products' names already carry their makers. */
function ProductLabel({ product, sameAs = false }: { readonly product: ProductSummary; readonly sameAs?: boolean }) {
  return (
    <span className="product-item">
      {sameAs && (
        <span className="product-item__same-as" aria-hidden="true">
          ≡
        </span>
      )}
      {product.name}
    </span>
  );
}
