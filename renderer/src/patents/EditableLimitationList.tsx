import { useEffect, useEffectEvent, useRef } from 'react';
import type { ClaimDetail, Limitation } from '../../../shared/domain/patent';
import { depthStyle } from './LimitationList';
import { PreambleLimitingSwitch } from './PreambleLimitingSwitch';
import { RelabelField } from './RelabelField';
import { ariaKeyShortcut, shortcuts } from './shortcuts';
import { limitationFieldId, type ClaimEditor } from './useClaimEditor';
import './LimitationList.css';
import './EditableLimitationList.css';

interface EditableLimitationListProps {
  readonly claim: ClaimDetail;
  readonly editor: ClaimEditor;
  /** Describes how to edit the split, for each limitation's text box. */
  readonly hintId: string;
}

/** A claim's limitations, one row each as a chart will have them: the label, and the text where the split is edited. */
export function EditableLimitationList({ claim, editor, hintId }: EditableLimitationListProps) {
  return (
    <ol className="limitations">
      {claim.limitations.map((limitation) => (
        <li
          key={limitation.id}
          className="limitation limitation--editable"
          data-kind={limitation.kind}
          data-current={editor.current?.limitation.id === limitation.id || undefined}
          style={depthStyle(limitation.depth)}
        >
          {editor.relabelingId === limitation.id ? (
            <RelabelField label={limitation.label} onDone={(label) => editor.relabel(limitation.id, label)} />
          ) : (
            <span
              className="limitation__label"
              title={editor.disabled ? undefined : 'Double-click to relabel'}
              onDoubleClick={() => !editor.disabled && editor.startRelabel(limitation.id)}
            >
              {limitation.label}
            </span>
          )}
          <LimitationText limitation={limitation} editor={editor} hintId={hintId} />
          {limitation.kind === 'preamble' && <PreambleLimitingSwitch claim={claim} editor={editor} />}
        </li>
      ))}
    </ol>
  );
}

const keyShortcuts = [shortcuts.split, shortcuts.merge, shortcuts.relabel].map(ariaKeyShortcut).join(' ');

// React puts the text back after any change that got past `beforeinput` (an IME composition, say).
const keepText = () => {};

/**
 * The limitation's words in a text box that is navigated and selected like an editor's, so that the caret shows
 * where a split will go (a read-only box would hide the caret); every change to the words is refused.
 */
function LimitationText({ limitation, editor, hintId }: { readonly limitation: Limitation; readonly editor: ClaimEditor; readonly hintId: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const trackSelection = useEffectEvent(() => {
    if (ref.current) editor.onFieldSelect(ref.current, limitation.id);
  });
  useEffect(() => {
    const field = ref.current;
    const refuse = (event: Event) => event.preventDefault();
    // `selectionchange` on the field itself: every caret move, by mouse, keys or script (React's onSelect misses some).
    field?.addEventListener('beforeinput', refuse);
    field?.addEventListener('selectionchange', trackSelection);
    return () => {
      field?.removeEventListener('beforeinput', refuse);
      field?.removeEventListener('selectionchange', trackSelection);
    };
  }, []);
  return (
    <textarea
      ref={ref}
      id={limitationFieldId(limitation.id)}
      className="limitation__text limitation__field"
      value={limitation.text}
      onChange={keepText}
      rows={1}
      spellCheck={false}
      aria-readonly="true"
      aria-label={`Limitation ${limitation.label}`}
      aria-describedby={hintId}
      aria-keyshortcuts={keyShortcuts}
      onFocus={(event) => editor.onFieldSelect(event.currentTarget, limitation.id)}
      onKeyDown={(event) => editor.onFieldKeyDown(event, limitation.id)}
    />
  );
}
