import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Href, type Route } from '../app/route';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeToHash, readHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** Opens a view as a new history entry, exactly as following a link to it would. */
export function navigate(href: Href): void {
  window.location.hash = href;
}

/** Shows a view in place of the current history entry. */
export function replaceRoute(href: Href): void {
  window.location.replace(href);
}
