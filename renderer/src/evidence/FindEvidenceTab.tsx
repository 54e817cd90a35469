import type { ChartRow } from '../../../shared/domain/chart';
import { useRpcQuery } from '../hooks/useRpcQuery';
import { SearchResultList } from '../search/SearchResultList';
import { EmptyState, LoadingState } from '../ui/states';
import './SearchTab.css';

interface FindEvidenceTabProps {
  /** The row the user works in; the search is for its limitation. */
  readonly row: ChartRow | undefined;
  /** The chart's evidence documents: the product's (infringement) or the references (invalidity). */
  readonly scope: { readonly productId?: number; readonly documentIds?: readonly number[] };
}

/** "Find evidence for this limitation": passages ranked by the focused row's claim language (search.like). */
export function FindEvidenceTab({ row, scope }: FindEvidenceTabProps) {
  const input = row ? { text: row.claimText, limit: 20, productId: scope.productId, documentIds: scope.documentIds && [...scope.documentIds] } : null;
  const { data } = useRpcQuery('search.like', input, 'Could not find evidence for the limitation');
  if (!row) {
    return (
      <EmptyState compact title="No row chosen">
        <p>Click into a row of the chart: passages that may show its limitation are listed here.</p>
      </EmptyState>
    );
  }
  return (
    <div className="search-tab">
      <div className="search-tab__form">
        <p className="search-tab__for">
          Passages for <strong>{row.label}</strong>
        </p>
        {data && data.terms.length > 0 && (
          <p className="search-tab__terms">
            Ranked by: {data.terms.slice(0, 8).map((t) => t.term).join(', ')}
          </p>
        )}
      </div>
      <div className="search-tab__results">
        {!data ? (
          <LoadingState label="Finding evidence…" />
        ) : data.results.length > 0 ? (
          <SearchResultList results={data.results} query={row.claimText} match="like" />
        ) : (
          <EmptyState compact title="No passage found">
            <p>None of the chart’s documents has the limitation’s terms. Try the Search tab with other words.</p>
          </EmptyState>
        )}
      </div>
    </div>
  );
}
