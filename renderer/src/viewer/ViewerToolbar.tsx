import { Button, ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { IconButton } from '../ui/IconButton';
import { FindBar } from './FindBar';
import { PlusIcon, RegionIcon, SearchIcon, TextSelectIcon } from './icons';
import { PageNavigator } from './PageNavigator';
import type { ViewerTool } from './PdfViewer';
import type { ViewerSession } from './ViewerSession';
import { ZoomControl } from './ZoomControl';
import '../ui/buttons.css';
import '../ui/fields.css';
import './ViewerToolbar.css';

interface ViewerToolbarProps {
  readonly session: ViewerSession;
  readonly tool: ViewerTool;
  readonly onToolChange: (tool: ViewerTool) => void;
  readonly findOpen: boolean;
  readonly onFindOpenChange: (open: boolean) => void;
  /** Text is selected on a page: "Add excerpt" can take it. */
  readonly canAddExcerpt: boolean;
  readonly onAddExcerpt: () => void;
  /** An excerpt is being saved (a region's image being drawn). */
  readonly capturing: boolean;
  readonly readOnly: boolean;
}

/** Pages, zoom, find, and the two ways to capture evidence: selected text, or a region drawn on a page. */
export function ViewerToolbar(props: ViewerToolbarProps) {
  const { session, tool, onToolChange, findOpen, onFindOpenChange, canAddExcerpt, onAddExcerpt, capturing, readOnly } = props;
  return (
    <div className="viewer-toolbar-area">
      <div className="viewer-toolbar" role="toolbar" aria-label="Viewer">
        <PageNavigator session={session} />
        <span className="viewer-toolbar__separator" />
        <ZoomControl session={session} />
        <span className="viewer-toolbar__separator" />
        <IconButton tooltip="Find in document (Ctrl or ⌘ + F)" onPress={() => onFindOpenChange(!findOpen)} aria-pressed={findOpen}>
          <SearchIcon />
        </IconButton>
        <span className="viewer-toolbar__spacer" />
        {!readOnly && (
          <>
            <ToggleButtonGroup
              className="viewer-toolbar__tools"
              aria-label="Capture"
              selectionMode="single"
              disallowEmptySelection
              selectedKeys={[tool]}
              onSelectionChange={(keys: Set<Key>) => {
                const [next] = keys;
                if (next === 'text' || next === 'region') onToolChange(next);
              }}
            >
              <ToggleButton id="text" className="viewer-toolbar__tool">
                <TextSelectIcon />
                Select text
              </ToggleButton>
              <ToggleButton id="region" className="viewer-toolbar__tool">
                <RegionIcon />
                Capture region
              </ToggleButton>
            </ToggleButtonGroup>
            {tool === 'text' ? (
              <Button className="button button--primary" onPress={onAddExcerpt} isDisabled={!canAddExcerpt} isPending={capturing}>
                <PlusIcon />
                Add excerpt
              </Button>
            ) : (
              <span className="viewer-toolbar__hint" role="status">
                {capturing ? 'Saving the region…' : 'Drag a rectangle on a page'}
              </span>
            )}
          </>
        )}
      </div>
      {findOpen && <FindBar session={session} onClose={() => onFindOpenChange(false)} />}
    </div>
  );
}
