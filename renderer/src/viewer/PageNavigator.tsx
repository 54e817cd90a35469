import { useEffect, useId, useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import { IconButton } from '../ui/IconButton';
import { ArrowDownIcon, ArrowUpIcon } from './icons';
import { useViewerState } from './useViewerState';
import type { ViewerSession } from './ViewerSession';

/** Previous / next page, and the page to go to, typed as its label ("iv", "A-3") or its number. */
export function PageNavigator({ session }: { readonly session: ViewerSession }) {
  const { page, pageCount, pageLabel, hasLabels } = useViewerState(session);
  const shown = hasLabels && pageLabel ? pageLabel : String(page);
  const [typed, setTyped] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  const countId = useId();
  useEffect(() => {
    setTyped(shown);
    setInvalid(false);
  }, [shown]);

  const go = () => {
    if (typed.trim() === shown) return;
    const found = session.goToPageLabelOrNumber(typed);
    setInvalid(!found);
    if (!found) setTyped(shown);
  };

  return (
    <div className="viewer-toolbar__group" role="group" aria-label="Pages">
      <IconButton tooltip="Previous page" onPress={() => session.goToPage(page - 1)} isDisabled={page <= 1}>
        <ArrowUpIcon />
      </IconButton>
      <IconButton tooltip="Next page" onPress={() => session.goToPage(page + 1)} isDisabled={page >= pageCount}>
        <ArrowDownIcon />
      </IconButton>
      <TextField
        className="viewer-toolbar__page"
        value={typed}
        onChange={setTyped}
        onBlur={go}
        onKeyDown={(event) => event.key === 'Enter' && go()}
        isInvalid={invalid}
        aria-describedby={countId}
      >
        <Label className="visually-hidden">{hasLabels ? 'Page label or number' : 'Page number'}</Label>
        <Input className="field-input viewer-toolbar__page-input" />
      </TextField>
      <span id={countId} className="viewer-toolbar__text">
        {hasLabels && pageLabel && pageLabel !== String(page) ? `(${page} of ${pageCount})` : `of ${pageCount}`}
      </span>
    </div>
  );
}
