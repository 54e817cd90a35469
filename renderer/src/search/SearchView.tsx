import { useEffect, useState } from 'react';
import { Button, Form, Input, Label, SearchField, Text } from 'react-aria-components';
import type { MatterOverview } from '../../../shared/domain/matter';
import { searchHref, type SearchParams } from '../app/route';
import { DocumentProductFilters } from '../documents/FilterSelect';
import { useSearch } from '../documents/queries';
import { navigate } from '../hooks/useRoute';
import { countOf } from '../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { View, ViewHeader, ViewSection } from '../ui/View';
import { SearchResultList } from './SearchResultList';
import '../ui/buttons.css';
import '../ui/fields.css';
import './SearchView.css';

const RESULT_LIMIT = 100;

/** Full-text search over every document of the matter, filtered by document or accused product. */
export function SearchView({ params, overview }: { readonly params: SearchParams; readonly overview: MatterOverview }) {
  const [text, setText] = useState(params.query ?? '');
  useEffect(() => setText(params.query ?? ''), [params.query]);
  const go = (change: Partial<SearchParams>) => navigate(searchHref({ ...params, ...change }));
  const input = params.query
    ? { query: params.query, documentIds: params.documentId ? [params.documentId] : undefined, productId: params.productId, limit: RESULT_LIMIT }
    : null;
  const search = useSearch(input);
  const unsearchable = overview.documents.filter((d) => !d.hasText).length;

  return (
    <View wide header={<ViewHeader eyebrow="Documents" title="Search" subtitle={`${countOf(overview.documents.length, 'document')} in this matter`} />}>
      <Form
        className="search-view__form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go({ query: text.trim() || undefined });
        }}
      >
        <SearchField className="field search-view__field" value={text} onChange={setText} autoFocus>
          <Label className="field-label">Words or phrases</Label>
          <Input className="field-input" placeholder='e.g. "power consumption" sensor*' />
          <Text slot="description" className="field-description">
            Every word must be on the page. "Quotes" for a phrase, a trailing * for a prefix (config*), OR between alternatives.
          </Text>
        </SearchField>
        <DocumentProductFilters overview={overview} documentId={params.documentId} productId={params.productId} onChange={go} />
        <Button type="submit" className="button button--primary search-view__submit">
          Search
        </Button>
      </Form>
      {unsearchable > 0 && (
        <p className="search-view__note">
          {countOf(unsearchable, 'document')} without a text layer {unsearchable === 1 ? 'is' : 'are'} not searched.
        </p>
      )}
      {params.query && (
        <ViewSection
          title="Results"
          summary={search.data && (search.data.results.length === RESULT_LIMIT ? `The best ${RESULT_LIMIT} pages` : countOf(search.data.results.length, 'page'))}
        >
          {search.data ? (
            search.data.results.length > 0 ? (
              <SearchResultList results={search.data.results} query={params.query} />
            ) : (
              <EmptyState title="No page matches">
                <p>Try fewer words, a prefix (sens*), or another filter.</p>
              </EmptyState>
            )
          ) : search.error ? (
            <ErrorState title="The search failed" error={search.error} onRetry={search.reload} />
          ) : (
            <LoadingState label="Searching…" />
          )}
        </ViewSection>
      )}
    </View>
  );
}
