import type { ReactNode } from 'react';
import { GridList, GridListItem, ListLayout, Virtualizer } from 'react-aria-components';
import './SidebarList.css';

interface SidebarListProps<T extends { readonly id: number }> {
  readonly 'aria-label': string;
  readonly items: readonly T[];
  /** The item's accessible name and type-ahead text. */
  readonly textValue: (item: T) => string;
  readonly children: (item: T) => ReactNode;
  /** Opening an item (click, or Enter): lists whose items have views open them here. */
  readonly onAction?: (item: T) => void;
  /** The item whose view is shown, marked as the NavTree marks its selected item. */
  readonly currentId?: number;
}

/**
 * A long sidebar list (a matter may hold thousands of produced documents): virtualized, so only the rows in
 * view are in the DOM, while arrow keys, type-ahead and screen readers still see the whole list. Items open
 * their view through `onAction` where one exists; without it they are read-only.
 */
export function SidebarList<T extends { readonly id: number }>({ items, textValue, children, onAction, currentId, ...props }: SidebarListProps<T>) {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (
    <Virtualizer layout={ListLayout} layoutOptions={{ estimatedRowSize: 44, gap: 1 }}>
      <GridList
        {...props}
        items={items}
        className="sidebar-list"
        // Rows are cached per item: they render again when the current item changes.
        dependencies={[currentId]}
        onAction={
          onAction &&
          ((key) => {
            const item = byId.get(Number(key));
            if (item) onAction(item);
          })
        }
      >
        {(item) => (
          <GridListItem
            id={item.id}
            textValue={textValue(item)}
            className={item.id === currentId ? 'sidebar-list__item sidebar-list__item--current' : 'sidebar-list__item'}
          >
            {children(item)}
          </GridListItem>
        )}
      </GridList>
    </Virtualizer>
  );
}
