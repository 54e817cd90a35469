import { useEffect, useRef } from 'react';
import { documentHref, patentHref, routeHref, type Route } from './route';
import type { SidebarVisibility } from './useSidebarVisibility';

/**
 * Where focus and scrolling go when the view changes. A new page starts at its top (a claim of the patent
 * already shown is scrolled to by the patent view instead). Choosing in the wide sidebar keeps focus there,
 * so the arrow keys go on browsing; anything else (a link in the main area, back / forward, the narrow
 * sidebar closing) moves focus to the main area, to start reading the new view.
 */
export function useMainArea(route: Route, sidebar: SidebarVisibility, sidebarId: string) {
  const mainRef = useRef<HTMLElement>(null);
  // The narrow main area is hidden while the sidebar is open: focus waits until it is rendered again.
  const focusWanted = useRef(false);

  function focusMain() {
    const main = mainRef.current;
    if (main && !main.hidden) {
      main.focus({ preventScroll: true });
    } else {
      focusWanted.current = true;
      sidebar.closeIfNarrow();
    }
  }

  const href = routeHref(route);
  const page = pageOf(route, href);
  const shown = useRef({ href, page });
  useEffect(() => {
    if (shown.current.href === href) return;
    const samePage = shown.current.page === page;
    if (!samePage) mainRef.current?.scrollTo({ top: 0 });
    shown.current = { href, page };
    sidebar.closeIfNarrow();
    // A view that keeps its place or filters in the URL (a document, search, excerpts) changes it as it is
    // used: focus stays where the user is working.
    if (samePage && route.view !== 'patent') return;
    if (sidebar.narrow || !document.activeElement?.closest(`#${sidebarId}`)) focusMain();
  });

  useEffect(() => {
    const main = mainRef.current;
    if (focusWanted.current && main && !main.hidden) {
      focusWanted.current = false;
      main.focus({ preventScroll: true });
    }
  });

  return { mainRef, focusMain };
}

/** The page a route shows, whatever place in it or filters the route adds. */
function pageOf(route: Route, href: string): string {
  switch (route.view) {
    case 'patent':
      return patentHref(route.patentId);
    case 'document':
      return documentHref(route.documentId);
    case 'search':
    case 'excerpts':
      return `#/${route.view}`;
    case 'chart':
      return routeHref({ view: 'chart', chartId: route.chartId });
    default:
      return href;
  }
}
