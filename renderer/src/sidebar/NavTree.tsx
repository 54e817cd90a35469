/**
 * A sidebar tree whose items open views. Each item's key is the href of the view it opens, so the item
 * of the current view is the selected one; choosing an item (click, or Enter / Space after moving with the
 * arrow keys) opens its view as a new history entry. Arrow keys only move focus, so browsing the tree does
 * not flood the history.
 */
import type { ReactNode } from 'react';
import { Button, Tree, TreeItem, TreeItemContent, type Key } from 'react-aria-components';
import { routeHref, type Href, type Route } from '../app/route';
import { navigate } from '../hooks/useRoute';
import { ChevronIcon } from '../ui/icons';
import './NavTree.css';

interface NavTreeProps {
  readonly 'aria-label': string;
  /** The view shown: its item is the selected one. */
  readonly route: Route;
  readonly expandedKeys: Iterable<Key>;
  readonly onExpandedChange: (keys: Set<Key>) => void;
  readonly children: ReactNode;
}

export function NavTree({ route, ...props }: NavTreeProps) {
  return (
    <Tree
      {...props}
      className="nav-tree"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[routeHref(route)]}
      onSelectionChange={(keys) => {
        const [href] = keys === 'all' ? [] : keys;
        if (typeof href === 'string' && href.startsWith('#/')) navigate(href as Href);
      }}
    />
  );
}

interface NavTreeItemProps {
  readonly href: Href;
  /** The item's accessible name, which is also what type-ahead matches: put the identifying words first. */
  readonly textValue: string;
  readonly hasChildItems?: boolean;
  /** What the row shows. */
  readonly label: ReactNode;
  /** Nested NavTreeItems. */
  readonly children?: ReactNode;
}

export function NavTreeItem({ href, textValue, hasChildItems, label, children }: NavTreeItemProps) {
  return (
    <TreeItem id={href} textValue={textValue} hasChildItems={hasChildItems} className="nav-tree__item">
      <TreeItemContent>
        {({ hasChildItems: expandable }) => (
          <div className="nav-tree__row">
            {expandable ? (
              <Button slot="chevron" className="nav-tree__chevron">
                <ChevronIcon />
              </Button>
            ) : (
              <span className="nav-tree__chevron" />
            )}
            <div className="nav-tree__label">{label}</div>
          </div>
        )}
      </TreeItemContent>
      {children}
    </TreeItem>
  );
}
