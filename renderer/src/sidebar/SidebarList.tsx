import type { ReactNode } from 'react';
import { GridList, GridListItem, ListLayout, Virtualizer } from 'react-aria-components';
import './SidebarList.css';

interface SidebarListProps<T extends { readonly id: number }> {
  readonly 'aria-label': string;
  readonly items: readonly T[];
  /** The item's accessible name and type-ahead text. */
  readonly textValue: (item: T) => string;
  readonly children: (item: T) => ReactNode;
}

/**
 * A long sidebar list (a matter may hold thousands of produced documents): virtualized, so only the rows in
 * view are in the DOM, while arrow keys, type-ahead and screen readers still see the whole list. Its items
 * open nothing yet; they are read-only until their views exist.
 */
export function SidebarList<T extends { readonly id: number }>({ items, textValue, children, ...props }: SidebarListProps<T>) {
  return (
    <Virtualizer layout={ListLayout} layoutOptions={{ estimatedRowSize: 44, gap: 1 }}>
      <GridList {...props} items={items} className="sidebar-list">
        {(item) => (
          <GridListItem id={item.id} textValue={textValue(item)} className="sidebar-list__item">
            {children(item)}
          </GridListItem>
        )}
      </GridList>
    </Virtualizer>
  );
}
