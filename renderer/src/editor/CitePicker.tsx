import { useMemo, type RefObject } from 'react';
import { Autocomplete, Dialog, Input, Label, ListBox, ListBoxItem, ListLayout, Popover, SearchField, useFilter, Virtualizer } from 'react-aria-components';
import type { Excerpt } from '../../../shared/domain/document';
import { ALL_EXCERPTS, useExcerpts } from '../documents/queries';
import { LoadingState } from '../ui/states';
import '../ui/fields.css';
import './CitePicker.css';

export interface CitePickerControl {
  readonly isOpen: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** The excerpt whose chip goes in at the caret; the picker closes. */
  readonly onChoose: (excerpt: Excerpt) => void;
}

interface CitePickerProps extends CitePickerControl {
  /** The toolbar's Cite… button, which the picker opens under. */
  readonly triggerRef: RefObject<HTMLElement | null>;
}

/** What an excerpt is found by: its cite, its words, its note and its tags. */
const searchText = (e: Excerpt) => [e.cite, e.quote, e.note ?? '', ...e.tags].join(' ');

/**
 * "Cite…": the matter's excerpts (the list the evidence panel shows, from the same cache), found by words of
 * the quote, the cite, the note or a tag, in any order; Enter or a click puts the chosen excerpt's chip in.
 */
export function CitePicker({ triggerRef, isOpen, onOpenChange, onChoose }: CitePickerProps) {
  const { data: excerpts } = useExcerpts(ALL_EXCERPTS);
  const byId = useMemo(() => new Map(excerpts?.map((e) => [e.id, e])), [excerpts]);
  const { contains } = useFilter({ sensitivity: 'base' });
  const everyWord = (text: string, input: string) => input.trim().split(/\s+/).every((word) => contains(text, word));
  return (
    <Popover className="cite-picker" triggerRef={triggerRef} isOpen={isOpen} onOpenChange={onOpenChange} placement="bottom start">
      <Dialog className="cite-picker__dialog" aria-label="Insert a cite">
        {!excerpts ? (
          <LoadingState label="Loading the excerpts…" />
        ) : (
          <Autocomplete filter={everyWord}>
            <SearchField className="field" autoFocus>
              <Label className="field-label">Find an excerpt</Label>
              <Input className="field-input" placeholder="Words of the quote, the document, a tag" />
            </SearchField>
            <Virtualizer layout={ListLayout} layoutOptions={{ estimatedRowSize: 56 }}>
              <ListBox
                className="cite-picker__list"
                aria-label="Excerpts to cite"
                items={excerpts}
                onAction={(key) => {
                  const excerpt = byId.get(Number(key));
                  if (excerpt) onChoose(excerpt);
                }}
                renderEmptyState={() => (
                  <p className="cite-picker__none">
                    {excerpts.length === 0 ? 'The matter has no excerpts yet: select words in a document and choose Add excerpt.' : 'No excerpt has these words.'}
                  </p>
                )}
              >
                {(e) => (
                  <ListBoxItem id={e.id} className="cite-picker__item" textValue={searchText(e)}>
                    <span className="cite-picker__cite">{e.cite}</span>
                    <span className="cite-picker__words">{e.kind === 'region' ? `Figure${e.note ? `: ${e.note}` : ''}` : e.quote}</span>
                  </ListBoxItem>
                )}
              </ListBox>
            </Virtualizer>
          </Autocomplete>
        )}
      </Dialog>
    </Popover>
  );
}
