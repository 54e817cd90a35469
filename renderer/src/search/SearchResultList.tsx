import type { SearchResult } from '../../../shared/domain/document';
import { documentHref } from '../app/route';
import { Snippet } from './Snippet';
import './SearchResultList.css';

interface SearchResultListProps {
  readonly results: readonly SearchResult[];
  /** The query (or, for "find evidence", the limitation's text) the results answer: opening one highlights its hits. */
  readonly query: string;
  /** "like" for results of search.like (find evidence), so the page highlights the same terms. */
  readonly match?: 'like';
}

/**
 * Pages that match, best first: the document, the page's pinpoint cite, and a snippet with the hits marked.
 * Each opens the document at that page with the hits highlighted. Used by the search view and by the
 * chart's "Find evidence for this limitation".
 */
export function SearchResultList({ results, query, match }: SearchResultListProps) {
  return (
    <ol className="search-results" aria-label="Search results">
      {results.map((result) => (
        <li key={`${result.documentId}-${result.page}`} className="search-result">
          <a className="search-result__link" href={documentHref(result.documentId, { page: result.page, query, match })}>
            <span className="search-result__heading">
              <span className="search-result__document">{result.documentTitle}</span>
              <span className="search-result__cite">{result.cite}</span>
            </span>
            <Snippet snippet={result.snippet} />
          </a>
        </li>
      ))}
    </ol>
  );
}
