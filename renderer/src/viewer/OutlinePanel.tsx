import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { ViewerSession } from './ViewerSession';
import './OutlinePanel.css';

type OutlineItem = Awaited<ReturnType<ViewerSession['pdf']['getOutline']>>[number];

/** The PDF's own outline (bookmarks), where it has one: choosing an entry goes to its place. */
export function OutlinePanel({ session, onExternalLink }: { readonly session: ViewerSession; readonly onExternalLink: (url: string) => void }) {
  const [outline, setOutline] = useState<OutlineItem[] | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void session.pdf.getOutline().then((items) => current && setOutline(items ?? null));
    return () => {
      current = false;
    };
  }, [session]);

  if (outline === undefined) return <p className="outline-panel__note">Reading the outline…</p>;
  if (outline === null || outline.length === 0) return <p className="outline-panel__note">This PDF has no outline.</p>;
  const open = (item: OutlineItem) => {
    if (item.dest) void session.linkService.goToDestination(item.dest);
    else if (item.url) onExternalLink(item.url);
  };
  return <OutlineList items={outline} onOpen={open} />;
}

function OutlineList({ items, onOpen }: { readonly items: readonly OutlineItem[]; readonly onOpen: (item: OutlineItem) => void }) {
  return (
    <ul className="outline-panel__list">
      {items.map((item, index) => (
        <li key={index}>
          <Button className="outline-panel__item" onPress={() => onOpen(item)} isDisabled={!item.dest && !item.url}>
            {item.title}
          </Button>
          {item.items.length > 0 && <OutlineList items={item.items} onOpen={onOpen} />}
        </li>
      ))}
    </ul>
  );
}
