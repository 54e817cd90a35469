import { Separator, ToggleButton, Toolbar } from 'react-aria-components';
import { LabelSchemePicker } from './LabelSchemePicker';
import { redoShortcuts, shortcuts } from './shortcuts';
import { ToolbarButton } from './ToolbarButton';
import type { ClaimEditor } from './useClaimEditor';
import './ClaimsToolbar.css';

interface ClaimsToolbarProps {
  readonly editor: ClaimEditor;
  readonly asText: boolean;
  readonly onAsTextChange: (asText: boolean) => void;
}

/**
 * The claims view's editing commands, kept in view while the claims scroll. The split commands act on the
 * limitation whose text last had the caret (marked in its claim), the way a word processor's toolbar does.
 * Beneath them: what the last edit did, and the matter's label scheme.
 */
export function ClaimsToolbar({ editor, asText, onAsTextChange }: ClaimsToolbarProps) {
  const { current, can } = editor;
  const label = current?.limitation.label;
  const editing = !asText;
  return (
    <div className="claims-toolbar">
      <Toolbar className="claims-toolbar__commands" aria-label="Claim editing">
        <div className="claims-toolbar__group">
          <ToolbarButton onPress={editor.undo} isDisabled={editor.disabled} tooltip="Undo the last claim edit" shortcut={shortcuts.undo}>
            Undo
          </ToolbarButton>
          <ToolbarButton onPress={editor.redo} isDisabled={editor.disabled} tooltip="Redo the claim edit last undone" shortcut={redoShortcuts[0]}>
            Redo
          </ToolbarButton>
        </div>
        <Separator orientation="vertical" className="claims-toolbar__separator" />
        <div className="claims-toolbar__group">
          <ToolbarButton
            onPress={() => current && editor.split(current.selection)}
            isDisabled={!editing || !can.split}
            tooltip={`Split ${label} at the cursor`}
            shortcut={shortcuts.split}
          >
            Split here
          </ToolbarButton>
          <ToolbarButton
            onPress={() => current && editor.merge(current.selection)}
            isDisabled={!editing || !can.merge}
            tooltip={`Merge ${label} with ${current?.next?.label}`}
            shortcut={shortcuts.merge}
          >
            Merge with next
          </ToolbarButton>
          <ToolbarButton
            onPress={() => current && editor.startRelabel(current.limitation.id)}
            isDisabled={!editing || !can.relabel}
            tooltip={`Change the label ${label} (empty for the automatic one)`}
            shortcut={shortcuts.relabel}
          >
            Relabel
          </ToolbarButton>
          <ToolbarButton
            onPress={() => current && editor.markMeansPlusFunction(current.selection)}
            isDisabled={!editing || !can.markMeansPlusFunction}
            tooltip="Mark the selected words as a means-plus-function term"
          >
            Means-plus-function
          </ToolbarButton>
        </div>
        <Separator orientation="vertical" className="claims-toolbar__separator" />
        <ToggleButton className="button toolbar-button" isSelected={asText} onChange={onAsTextChange}>
          View as text
        </ToggleButton>
      </Toolbar>
      <div className="claims-toolbar__footer">
        <p className="claims-toolbar__status" role="status">
          {editor.status || (editing && !current && !editor.disabled ? 'Click in a limitation’s text to split or merge it.' : '')}
        </p>
        <LabelSchemePicker />
      </div>
    </div>
  );
}
