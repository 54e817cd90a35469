import { Fragment } from 'react';
import { productHref } from '../app/route';
import { EmptyState } from '../ui/states';
import type { ProductFamily } from './productFamilies';
import './ProductFamilyList.css';

/** One line per product family: its names joined by ≡, then the makers and what the record says. */
export function ProductFamilyList({ families }: { readonly families: readonly ProductFamily[] }) {
  if (families.length === 0) {
    return (
      <EmptyState title="No accused products yet">
        <p>Adding accused products arrives in an upcoming version.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="family-list">
      {families.map((family) => {
        const products = [family.root, ...family.members];
        const makers = [...new Set(products.map((p) => p.maker).filter(Boolean))];
        const notes = products.filter((p) => p.note);
        return (
          <li key={family.root.id} className="family-list__family">
            <p className="family-list__names">
              {products.map((product, index) => (
                <Fragment key={product.id}>
                  {index > 0 && (
                    <>
                      <span className="family-list__same-as" aria-hidden="true">
                        {' ≡ '}
                      </span>
                      <span className="visually-hidden"> same as </span>
                    </>
                  )}
                  <a href={productHref(product.id)}>{product.name}</a>
                </Fragment>
              ))}
            </p>
            {makers.length > 0 && <p className="family-list__makers">{makers.join(' · ')}</p>}
            {notes.map((product) => (
              <p key={product.id} className="family-list__note">
                {product.note}
              </p>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
