import { describe, expect, it } from 'vitest';
import { documentHref, excerptsHref, parseRoute, routeHref, searchHref, type Route } from '../../../renderer/src/app/route';

describe('document, search and excerpt routes', () => {
  const roundTrips: Route[] = [
    { view: 'document', documentId: 7 },
    { view: 'document', documentId: 7, page: 12 },
    { view: 'document', documentId: 7, page: 12, excerptId: 40 },
    { view: 'document', documentId: 7, page: 3, query: '"power consumption" sens*' },
    { view: 'document', documentId: 7, page: 3, query: 'a processor configured to report & log #1', match: 'like' },
    { view: 'search' },
    { view: 'search', query: 'a OR b', documentId: 2, productId: 5 },
    { view: 'excerpts' },
    { view: 'excerpts', documentId: 2, productId: 5, tag: 'claim 1', text: 'fan speed' },
  ];

  it.each(roundTrips.map((route) => [routeHref(route), route] as const))('%s parses back to the same route', (href, route) => {
    expect(parseRoute(href)).toEqual(route);
  });

  it('writes the documented format', () => {
    expect(documentHref(7, { page: 12, excerptId: 40 })).toBe('#/document/7?page=12&excerpt=40');
    expect(documentHref(7, { page: 3, query: 'fan speed', match: 'like' })).toBe('#/document/7?page=3&q=fan+speed&match=like');
    expect(searchHref({ query: 'x', productId: 5 })).toBe('#/search?q=x&product=5');
    expect(excerptsHref()).toBe('#/excerpts');
  });

  it('ignores what it does not understand rather than failing', () => {
    expect(parseRoute('#/document/0')).toEqual({ view: 'overview' });
    expect(parseRoute('#/document/7?page=-1&excerpt=abc&q=%20')).toEqual({ view: 'document', documentId: 7 });
    expect(parseRoute('#/document/7?match=like')).toEqual({ view: 'document', documentId: 7 });
    expect(parseRoute('#/search?doc=x')).toEqual({ view: 'search' });
  });
});
