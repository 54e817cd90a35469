import type { MatterOverview } from '../../../shared/domain/matter';
import { productHref } from '../app/route';
import { groupProductFamilies } from '../matter/productFamilies';
import { countOf } from '../ui/format';
import { EmptyState } from '../ui/states';
import { View, ViewHeader, ViewSection } from '../ui/View';
import './ProductView.css';

/** One accused product: what the record says about it, its other names, and the charts against it. */
export function ProductView({ productId, overview }: { readonly productId: number; readonly overview: MatterOverview }) {
  const product = overview.products.find((p) => p.id === productId);
  if (!product) {
    return (
      <View header={<ViewHeader eyebrow="Accused product" title="Product not found" />}>
        <EmptyState title="This matter has no such product">
          <p>
            It may have been removed, or the link came from another matter. <a href="#/">Open the matter overview</a>.
          </p>
        </EmptyState>
      </View>
    );
  }
  const family = groupProductFamilies(overview.products).find((f) => f.root === product || f.members.includes(product))!;
  const otherNames = [family.root, ...family.members].filter((p) => p !== product);
  const charts = overview.charts.filter((c) => c.productId === productId);
  const patentNumber = new Map(overview.patents.map((p) => [p.id, p.number]));

  return (
    <View header={<ViewHeader eyebrow="Accused product" title={product.name} subtitle={product.maker} />}>
      {product.note && (
        <ViewSection title="Note">
          <p className="product-view__note">{product.note}</p>
        </ViewSection>
      )}
      <ViewSection title="Same product" summary={otherNames.length > 0 && countOf(otherNames.length, 'other name')}>
        {otherNames.length > 0 ? (
          <ul className="product-view__names">
            {otherNames.map((other) => (
              <li key={other.id}>
                <span aria-hidden="true" className="product-view__same-as">
                  ≡{' '}
                </span>
                <a href={productHref(other.id)}>{other.name}</a>
                {other.maker && <span className="product-view__maker"> · {other.maker}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="product-view__none">No other names are recorded for this product.</p>
        )}
      </ViewSection>
      <ViewSection title="Charts" summary={charts.length > 0 && countOf(charts.length, 'chart')}>
        {charts.length > 0 ? (
          <ul className="product-view__charts">
            {charts.map((chart) => (
              <li key={chart.id}>
                {chart.title} <span className="product-view__maker">· {patentNumber.get(chart.patentId)} · {countOf(chart.rowCount, 'row')}</span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No charts against this product yet">
            <p>A chart maps each limitation of a patent’s claims to evidence that this product meets it. Chart building arrives in an upcoming version.</p>
          </EmptyState>
        )}
      </ViewSection>
    </View>
  );
}
