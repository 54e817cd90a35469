import { useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { IconButton } from '../ui/IconButton';
import { CloseIcon } from '../ui/icons';
import { ArrowDownIcon, ArrowUpIcon } from './icons';
import { useViewerState } from './useViewerState';
import type { FindStatus, ViewerSession } from './ViewerSession';

function findText(find: FindStatus): string {
  switch (find.state) {
    case 'idle':
      return '';
    case 'pending':
      return find.total > 0 ? `${find.current} of ${find.total}…` : 'Searching…';
    case 'not-found':
      return 'Not found';
    case 'found':
    case 'wrapped':
      return `${find.current} of ${find.total}${find.state === 'wrapped' ? ' (wrapped)' : ''}`;
  }
}

/** Find in this document (pdf.js's find controller): every hit highlighted, Enter for the next one. */
export function FindBar({ session, onClose }: { readonly session: ViewerSession; readonly onClose: () => void }) {
  const { find } = useViewerState(session);
  const [query, setQuery] = useState(find.query);
  const close = () => {
    session.closeFind();
    onClose();
  };
  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <SearchField
        className="find-bar__field"
        value={query}
        autoFocus
        onChange={(value) => {
          setQuery(value);
          session.find(value);
        }}
        onSubmit={(value) => session.find(value, { again: true })}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.shiftKey) session.find(query, { again: true, previous: true });
        }}
        onClear={() => session.closeFind()}
        onKeyUp={(event) => event.key === 'Escape' && query === '' && close()}
      >
        <Label className="visually-hidden">Find in document</Label>
        <Input className="field-input" placeholder="Find in document" />
      </SearchField>
      <span className="find-bar__count" role="status">
        {findText(find)}
      </span>
      <IconButton tooltip="Previous match (Shift+Enter)" onPress={() => session.find(query, { again: true, previous: true })} isDisabled={query === ''}>
        <ArrowUpIcon />
      </IconButton>
      <IconButton tooltip="Next match (Enter)" onPress={() => session.find(query, { again: true })} isDisabled={query === ''}>
        <ArrowDownIcon />
      </IconButton>
      <IconButton tooltip="Close find" onPress={close}>
        <CloseIcon />
      </IconButton>
    </div>
  );
}
