import { useState } from 'react';
import { Form, Input, Label, SearchField } from 'react-aria-components';
import { useSearch } from '../documents/queries';
import { SearchResultList } from '../search/SearchResultList';
import { countOf } from '../ui/format';
import { EmptyState, LoadingState } from '../ui/states';
import '../ui/fields.css';
import './SearchTab.css';

/** Full-text search of the matter's documents from beside the chart; a result opens its page in the viewer. */
export function SearchTab({ documentIds }: { readonly documentIds?: readonly number[] }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const search = useSearch(query ? { query, limit: 30, documentIds: documentIds && [...documentIds] } : null);
  return (
    <div className="search-tab">
      <Form
        className="search-tab__form"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(text.trim());
        }}
      >
        <SearchField className="field" value={text} onChange={setText} onClear={() => setQuery('')}>
          <Label className="field-label">Search the documents</Label>
          <Input className="field-input" placeholder="Words or “a phrase”, then Enter" />
        </SearchField>
      </Form>
      <div className="search-tab__results">
        {!query ? (
          <p className="search-tab__hint">Results open the page in the viewer with the words highlighted; make an excerpt there to cite it.</p>
        ) : search.data ? (
          search.data.results.length > 0 ? (
            <>
              <p className="search-tab__count">{countOf(search.data.results.length, 'page')}</p>
              <SearchResultList results={search.data.results} query={query} />
            </>
          ) : (
            <EmptyState compact title="Nothing found">
              <p>No page of the matter’s documents has these words.</p>
            </EmptyState>
          )
        ) : (
          <LoadingState label="Searching…" />
        )}
      </div>
    </div>
  );
}
