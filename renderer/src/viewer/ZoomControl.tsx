import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { IconButton } from '../ui/IconButton';
import { ZoomInIcon, ZoomOutIcon } from './icons';
import { useViewerState } from './useViewerState';
import type { ViewerSession, ZoomValue } from './ViewerSession';

const zoomChoices: readonly { readonly id: ZoomValue; readonly name: string }[] = [
  { id: 'page-width', name: 'Fit width' },
  { id: 'page-fit', name: 'Fit page' },
  ...[0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4].map((scale) => ({ id: String(scale) as ZoomValue, name: `${scale * 100}%` })),
];

/** Zoom out / in, and a menu of fits and percentages; the button shows the zoom in force. */
export function ZoomControl({ session }: { readonly session: ViewerSession }) {
  const { scale, zoom } = useViewerState(session);
  const preset = zoomChoices.find((c) => c.id === zoom && !/^\d/.test(c.id));
  return (
    <div className="viewer-toolbar__group" role="group" aria-label="Zoom">
      <IconButton tooltip="Zoom out" onPress={() => session.zoomOut()}>
        <ZoomOutIcon />
      </IconButton>
      <MenuTrigger>
        <Button className="button viewer-toolbar__zoom" aria-label={`Zoom: ${Math.round(scale * 100)}%`}>
          {preset ? `${preset.name} (${Math.round(scale * 100)}%)` : `${Math.round(scale * 100)}%`}
        </Button>
        <Popover className="field-popover" placement="bottom">
          <Menu className="field-options" items={zoomChoices} onAction={(key) => session.setZoom(key as ZoomValue)}>
            {(choice) => <MenuItem className="field-option">{choice.name}</MenuItem>}
          </Menu>
        </Popover>
      </MenuTrigger>
      <IconButton tooltip="Zoom in" onPress={() => session.zoomIn()}>
        <ZoomInIcon />
      </IconButton>
    </div>
  );
}
