import { useState } from 'react';
import { useMediaQuery } from '../hooks/useMediaQuery';

export interface SidebarVisibility {
  /** Below 48rem (a small window, or 200% zoom) the sidebar and the main area take turns. */
  readonly narrow: boolean;
  readonly shown: boolean;
  readonly toggle: () => void;
  /** On a narrow window, gives the main area back. */
  readonly closeIfNarrow: () => void;
}

/** Wide, the sidebar shows until hidden; narrow, it is hidden until opened. Each width keeps its own choice. */
export function useSidebarVisibility(): SidebarVisibility {
  const narrow = useMediaQuery('(max-width: 48rem)');
  const [hiddenWhenWide, setHiddenWhenWide] = useState(false);
  const [shownWhenNarrow, setShownWhenNarrow] = useState(false);
  return {
    narrow,
    shown: narrow ? shownWhenNarrow : !hiddenWhenWide,
    toggle: () => (narrow ? setShownWhenNarrow((shown) => !shown) : setHiddenWhenWide((hidden) => !hidden)),
    closeIfNarrow: () => setShownWhenNarrow(false),
  };
}
