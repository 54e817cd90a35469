/**
 * What the main area shows. It lives in the URL hash (`#/patent/3`), so a reload keeps the view, back and
 * forward work, and a sidebar item's key can simply be the href of the view it opens.
 *
 * Document routes, for anything that links to evidence (a chart's citation, a search result, an excerpt):
 *   #/document/<id>                    the document, at the page it was last left on
 *   #/document/<id>?page=N             page N (1-based, the PDF's own numbering, not its label)
 *   #/document/<id>?excerpt=ID         scrolled to excerpt ID, selected and highlighted (page optional)
 *   #/document/<id>?page=N&q=TEXT      page N with TEXT's search hits highlighted (search.pageHits);
 *                                      add &match=like for the hits of "find evidence" (search.like) text
 *   #/search?q=TEXT&doc=ID&product=ID  matter-wide full-text search (filters optional)
 *   #/excerpts?doc=ID&product=ID&tag=T&text=T   every excerpt of the matter, filtered
 *
 * Chart routes:
 *   #/chart/<id>?row=LIMITATION_ID     a chart, scrolled to a row (row optional)
 *   #/chart/<id>/version/<vid>         a saved version, read-only
 *   #/chart/<id>/compare/<vid>         what changed since a saved version
 */
export type Route =
  | { readonly view: 'overview' }
  | { readonly view: 'patent'; readonly patentId: number; readonly claimNumber?: number }
  | { readonly view: 'product'; readonly productId: number }
  | ({ readonly view: 'document'; readonly documentId: number } & DocumentLocation)
  | ({ readonly view: 'search' } & SearchParams)
  | ({ readonly view: 'excerpts' } & ExcerptFilterParams)
  | { readonly view: 'chart'; readonly chartId: number; readonly row?: number }
  | { readonly view: 'chart-version' | 'chart-compare'; readonly chartId: number; readonly versionId: number };

/** Where in a document to open it. */
export interface DocumentLocation {
  readonly page?: number;
  readonly excerptId?: number;
  readonly query?: string;
  readonly match?: 'like';
}

export interface SearchParams {
  readonly query?: string;
  readonly documentId?: number;
  readonly productId?: number;
}

export interface ExcerptFilterParams {
  readonly documentId?: number;
  readonly productId?: number;
  readonly tag?: string;
  readonly text?: string;
}

export type Href = `#/${string}`;

export const overviewRoute: Route = { view: 'overview' };

function positiveInteger(segment: string | null | undefined): number | undefined {
  return segment != null && /^[1-9]\d{0,15}$/.test(segment) ? Number(segment) : undefined;
}

function text(value: string | null): string | undefined {
  return value === null || value.trim() === '' ? undefined : value;
}

/** Drops the undefined ones, so routes compare and serialize the same however they were built. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** Anything unrecognised opens the overview rather than an error page: a stale bookmark is not a fault. */
export function parseRoute(hash: string): Route {
  const [path = '', queryString = ''] = hash.replace(/^#\/?/, '').split(/\?(.*)/s);
  const [view, id, sub, subId] = path.split('/');
  const params = new URLSearchParams(queryString);
  const entityId = positiveInteger(id);
  if (view === 'patent' && entityId !== undefined) {
    const claimNumber = sub === 'claim' ? positiveInteger(subId) : undefined;
    return claimNumber === undefined ? { view, patentId: entityId } : { view, patentId: entityId, claimNumber };
  }
  if (view === 'product' && entityId !== undefined) return { view, productId: entityId };
  if (view === 'chart' && entityId !== undefined) {
    const versionId = positiveInteger(subId);
    if (sub === 'version' && versionId !== undefined) return { view: 'chart-version', chartId: entityId, versionId };
    if (sub === 'compare' && versionId !== undefined) return { view: 'chart-compare', chartId: entityId, versionId };
    return defined({ view, chartId: entityId, row: positiveInteger(params.get('row')) });
  }
  if (view === 'document' && entityId !== undefined) {
    const query = text(params.get('q'));
    return defined({
      view,
      documentId: entityId,
      page: positiveInteger(params.get('page')),
      excerptId: positiveInteger(params.get('excerpt')),
      query,
      match: query !== undefined && params.get('match') === 'like' ? ('like' as const) : undefined,
    });
  }
  if (view === 'search') {
    return defined({
      view,
      query: text(params.get('q')),
      documentId: positiveInteger(params.get('doc')),
      productId: positiveInteger(params.get('product')),
    });
  }
  if (view === 'excerpts') {
    return defined({
      view,
      documentId: positiveInteger(params.get('doc')),
      productId: positiveInteger(params.get('product')),
      tag: text(params.get('tag')),
      text: text(params.get('text')),
    });
  }
  return overviewRoute;
}

/** `#/path?a=1&b=2`, leaving out parameters without a value. */
function withParams(path: string, params: Record<string, string | number | undefined>): Href {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  const search = query.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
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
    case 'document':
      return withParams(`document/${route.documentId}`, {
        page: route.page,
        excerpt: route.excerptId,
        q: route.query,
        match: route.query === undefined ? undefined : route.match,
      });
    case 'search':
      return withParams('search', { q: route.query, doc: route.documentId, product: route.productId });
    case 'excerpts':
      return withParams('excerpts', { doc: route.documentId, product: route.productId, tag: route.tag, text: route.text });
    case 'chart':
      return withParams(`chart/${route.chartId}`, { row: route.row });
    case 'chart-version':
      return `#/chart/${route.chartId}/version/${route.versionId}`;
    case 'chart-compare':
      return `#/chart/${route.chartId}/compare/${route.versionId}`;
  }
}

export const patentHref = (patentId: number): Href => routeHref({ view: 'patent', patentId });
export const claimHref = (patentId: number, claimNumber: number): Href => routeHref({ view: 'patent', patentId, claimNumber });
export const productHref = (productId: number): Href => routeHref({ view: 'product', productId });
export const documentHref = (documentId: number, location: DocumentLocation = {}): Href =>
  routeHref({ view: 'document', documentId, ...location });
export const searchHref = (params: SearchParams = {}): Href => routeHref({ view: 'search', ...params });
export const excerptsHref = (params: ExcerptFilterParams = {}): Href => routeHref({ view: 'excerpts', ...params });
export const chartHref = (chartId: number, row?: number): Href => routeHref(defined({ view: 'chart', chartId, row }));
export const chartVersionHref = (chartId: number, versionId: number): Href => routeHref({ view: 'chart-version', chartId, versionId });
export const chartCompareHref = (chartId: number, versionId: number): Href => routeHref({ view: 'chart-compare', chartId, versionId });
