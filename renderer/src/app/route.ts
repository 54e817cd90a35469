/**
 * What the main area shows. It lives in the URL hash (`#/patent/3`), so a reload keeps the view, back and
 * forward work, and a sidebar item's key can simply be the href of the view it opens.
 */
export type Route =
  | { readonly view: 'overview' }
  | { readonly view: 'patent'; readonly patentId: number; readonly claimNumber?: number }
  | { readonly view: 'product'; readonly productId: number };

export type Href = `#/${string}`;

export const overviewRoute: Route = { view: 'overview' };

function positiveInteger(segment: string | undefined): number | undefined {
  return segment !== undefined && /^[1-9]\d{0,15}$/.test(segment) ? Number(segment) : undefined;
}

/** Anything unrecognised opens the overview rather than an error page: a stale bookmark is not a fault. */
export function parseRoute(hash: string): Route {
  const [view, id, sub, subId] = hash.replace(/^#\/?/, '').split('/');
  const entityId = positiveInteger(id);
  if (view === 'patent' && entityId !== undefined) {
    const claimNumber = sub === 'claim' ? positiveInteger(subId) : undefined;
    return claimNumber === undefined ? { view, patentId: entityId } : { view, patentId: entityId, claimNumber };
  }
  if (view === 'product' && entityId !== undefined) return { view, productId: entityId };
  return overviewRoute;
}

export function routeHref(route: Route): Href {
  switch (route.view) {
    case 'overview':
      return '#/';
    case 'patent':
      return route.claimNumber === undefined
        ? `#/patent/${route.patentId}`
        : `#/patent/${route.patentId}/claim/${route.claimNumber}`;
    case 'product':
      return `#/product/${route.productId}`;
  }
}

export const patentHref = (patentId: number): Href => routeHref({ view: 'patent', patentId });
export const claimHref = (patentId: number, claimNumber: number): Href => routeHref({ view: 'patent', patentId, claimNumber });
export const productHref = (productId: number): Href => routeHref({ view: 'product', productId });
