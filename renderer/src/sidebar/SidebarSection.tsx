import type { ReactNode } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { ChevronIcon } from '../ui/icons';
import './SidebarSection.css';

/** One collapsible part of the sidebar, like a VS Code view: a heading that toggles it, with a count. */
export function SidebarSection({ title, count, children }: { readonly title: string; readonly count: number; readonly children: ReactNode }) {
  return (
    <Disclosure className="sidebar-section" defaultExpanded>
      <Heading level={2} className="sidebar-section__heading">
        <Button slot="trigger" className="sidebar-section__trigger" aria-label={`${title} (${count})`}>
          <ChevronIcon className="sidebar-section__chevron" />
          <span className="sidebar-section__title">{title}</span>
          <span className="sidebar-section__count">{count}</span>
        </Button>
      </Heading>
      <DisclosurePanel className="sidebar-section__panel">{children}</DisclosurePanel>
    </Disclosure>
  );
}
