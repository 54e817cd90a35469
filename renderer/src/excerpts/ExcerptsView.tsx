import { useEffect, useState } from 'react';
import { Form, Input, Label, SearchField } from 'react-aria-components';
import type { MatterOverview } from '../../../shared/domain/matter';
import { excerptsHref, type ExcerptFilterParams } from '../app/route';
import { DocumentProductFilters } from '../documents/FilterSelect';
import { useExcerpts } from '../documents/queries';
import { replaceRoute } from '../hooks/useRoute';
import { countOf } from '../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { View, ViewHeader, ViewSection } from '../ui/View';
import { ExcerptList } from './ExcerptList';
import '../ui/fields.css';
import './ExcerptsView.css';

/** Every excerpt of the matter, filtered by document, product, tag or words; each opens at its place. */
export function ExcerptsView({ params, overview }: { readonly params: ExcerptFilterParams; readonly overview: MatterOverview }) {
  const [text, setText] = useState(params.text ?? '');
  const [tag, setTag] = useState(params.tag ?? '');
  useEffect(() => setText(params.text ?? ''), [params.text]);
  useEffect(() => setTag(params.tag ?? ''), [params.tag]);
  const apply = (change: Partial<ExcerptFilterParams>) => replaceRoute(excerptsHref({ ...params, ...change }));
  const { data: excerpts, error, reload } = useExcerpts({
    documentId: params.documentId,
    productId: params.productId,
    tag: params.tag,
    text: params.text,
  });
  const filtered = [params.documentId, params.productId, params.tag, params.text].some((v) => v !== undefined);

  return (
    <View wide header={<ViewHeader eyebrow="Evidence" title="Excerpts" subtitle="Quotes and regions captured from the matter’s documents" />}>
      <Form
        className="excerpts-view__filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply({ text: text.trim() || undefined, tag: tag.trim() || undefined });
        }}
      >
        <SearchField className="field excerpts-view__text" value={text} onChange={setText} onClear={() => apply({ text: undefined })}>
          <Label className="field-label">Words in the quote or note</Label>
          <Input className="field-input" />
        </SearchField>
        <SearchField className="field excerpts-view__tag" value={tag} onChange={setTag} onClear={() => apply({ tag: undefined })}>
          <Label className="field-label">Tag</Label>
          <Input className="field-input" />
        </SearchField>
        <DocumentProductFilters overview={overview} documentId={params.documentId} productId={params.productId} onChange={apply} />
        <button type="submit" hidden />
      </Form>
      <ViewSection title={filtered ? 'Matching excerpts' : 'All excerpts'} summary={excerpts && countOf(excerpts.length, 'excerpt')}>
        {excerpts ? (
          <ExcerptList
            excerpts={excerpts}
            readOnly={overview.matter.readOnly}
            empty={
              <EmptyState title={filtered ? 'No excerpt matches these filters' : 'No excerpts yet'}>
                <p>
                  {filtered
                    ? 'Clear a filter to see more.'
                    : 'Open a document, select text and choose Add excerpt, or capture a region of a page. Excerpts are listed here, across every document.'}
                </p>
              </EmptyState>
            }
          />
        ) : error ? (
          <ErrorState title="The excerpts could not be loaded" error={error} onRetry={reload} />
        ) : (
          <LoadingState label="Loading the excerpts…" />
        )}
      </ViewSection>
    </View>
  );
}
