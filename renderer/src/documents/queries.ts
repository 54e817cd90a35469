/** The read queries of documents, search and excerpts, named for what they load. */
import type { MethodInput } from '../../../shared/rpc/contract';
import { useRpcQuery } from '../hooks/useRpcQuery';

export const useDocument = (id: number) => useRpcQuery('document.get', { id }, 'Could not load the document');

export const useDocumentPages = (id: number) => useRpcQuery('document.pages', { id }, 'Could not load the document’s pages');

/** Every excerpt of the matter: one cached list for the chart's evidence panel, its cites and its cite picker. */
export const ALL_EXCERPTS = { limit: 5000 } as const;

export const useExcerpts = (filters: MethodInput<'excerpt.list'>) => useRpcQuery('excerpt.list', filters, 'Could not load the excerpts');

/** `input` null: nothing to search for yet. */
export const useSearch = (input: MethodInput<'search.query'> | null) => useRpcQuery('search.query', input, 'Search failed');

/** Hits on one page, to highlight; null when there is no query. */
export const usePageHits = (input: MethodInput<'search.pageHits'> | null) =>
  useRpcQuery('search.pageHits', input, 'Could not highlight the search hits');
