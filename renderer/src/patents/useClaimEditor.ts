/**
 * Editing a patent's split into limitations: split, merge, relabel, means-plus-function terms, preamble
 * limiting, undo and redo. Every edit is saved by the Node side as it is made and answered with the patent as
 * it now is; the view then shows that, with the caret put back where the edit leaves the user working.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ClaimDetail, Limitation, PatentDetail } from '../../../shared/domain/patent';
import { patentHref } from '../app/route';
import { navigate } from '../hooks/useRoute';
import { refreshAllQueries } from '../hooks/useRpcQuery';
import { asRpcError, call } from '../rpc/client';
import { reportError } from '../ui/notifications';
import { matchesShortcut, redoShortcuts, shortcuts } from './shortcuts';

/** The caret, or a selection, in one limitation's text. */
export interface TextSelection {
  readonly limitationId: number;
  readonly start: number;
  readonly end: number;
}

/** A limitation's text to focus once the patent, as an edit left it, is on screen. */
interface FocusRequest {
  readonly limitationId: number;
  readonly text: string;
  readonly caret: number;
}

interface Located {
  readonly claim: ClaimDetail;
  readonly limitation: Limitation;
  readonly next: Limitation | undefined;
}

export const limitationFieldId = (limitationId: number) => `limitation-${limitationId}`;

export type ClaimEditor = ReturnType<typeof useClaimEditor>;

/** `reload` refetches the patent; `disabled` when the matter cannot be changed (read-only). */
export function useClaimEditor(patent: PatentDetail, reload: () => void, disabled: boolean) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [relabelingId, setRelabelingId] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  // A ref, not state: a second key press before the first edit's answer must see it at once.
  const running = useRef(false);
  const focusRequest = useRef<FocusRequest | null>(null);

  useLayoutEffect(() => {
    const request = focusRequest.current;
    const field = request && document.getElementById(limitationFieldId(request.limitationId));
    // Until the refetched patent is rendered, the field still holds the old text.
    if (!request || !(field instanceof HTMLTextAreaElement) || field.value !== request.text) return;
    focusRequest.current = null;
    field.focus();
    field.setSelectionRange(request.caret, request.caret);
  });

  async function run(request: () => Promise<PatentDetail>, done: string, failure: string, focusAfter: (updated: PatentDetail) => FocusRequest | null) {
    if (running.current || disabled) return;
    running.current = true;
    setStatus('Saving…');
    try {
      const updated = await request();
      focusRequest.current = focusAfter(updated);
      setStatus(`${done} Saved.`);
      if (updated.id === patent.id) {
        reload();
      } else {
        // Undo reached back to an edit of another patent: show that one, freshly loaded.
        refreshAllQueries();
        navigate(patentHref(updated.id));
      }
    } catch (error) {
      setStatus('');
      reportError(failure, asRpcError(error));
    } finally {
      running.current = false;
    }
  }

  const caretBackIn = (limitationId: number, caret: number) => (updated: PatentDetail) => {
    const limitation = locate(updated, limitationId)?.limitation;
    return limitation ? { limitationId, text: limitation.text, caret: Math.min(caret, limitation.text.length) } : null;
  };

  function split(at: TextSelection) {
    const found = locate(patent, at.limitationId);
    if (!found || !canSplitAt(found.limitation.text, at.start)) return;
    // The caret goes to the start of the second part, as Enter leaves it in a word processor.
    void run(() => call('limitation.split', { id: at.limitationId, offset: at.start }), `Split ${found.limitation.label}.`, 'Could not split the limitation', (updated) => {
      const second = locate(updated, at.limitationId)?.next;
      return second ? { limitationId: second.id, text: second.text, caret: 0 } : null;
    });
  }

  function merge(at: TextSelection) {
    const found = locate(patent, at.limitationId);
    if (!found?.next) return;
    const joint = found.limitation.text.length + 1;
    void run(
      () => call('limitation.merge', { id: at.limitationId }),
      `Merged ${found.limitation.label} and ${found.next.label}.`,
      'Could not merge the limitations',
      caretBackIn(at.limitationId, joint),
    );
  }

  /** Ends the inline label edit; an empty label gives the limitation its automatic one again. */
  function relabel(limitationId: number, typed: string | null) {
    setRelabelingId(null);
    const found = locate(patent, limitationId);
    if (!found) return;
    const caret = selection?.limitationId === limitationId ? selection.start : 0;
    const label = typed?.trim() ?? found.limitation.label;
    if (label === found.limitation.label) {
      focusRequest.current = { limitationId, text: found.limitation.text, caret };
      return;
    }
    void run(
      () => call('limitation.relabel', { id: limitationId, label: label || null }),
      label ? `Relabelled ${found.limitation.label} as ${label}.` : `${found.limitation.label} is labelled automatically again.`,
      'Could not relabel the limitation',
      caretBackIn(limitationId, caret),
    );
  }

  function markMeansPlusFunction(at: TextSelection) {
    const found = locate(patent, at.limitationId);
    const term = found?.limitation.text.slice(at.start, at.end).trim();
    if (!found || !term) return;
    void run(
      () => call('limitation.setMeansPlusFunction', { id: at.limitationId, terms: [term] }),
      `Marked “${term}” in ${found.limitation.label} as a means-plus-function term.`,
      'Could not mark the means-plus-function term',
      caretBackIn(at.limitationId, at.end),
    );
  }

  function setPreambleLimiting(claim: ClaimDetail, limiting: boolean) {
    void run(
      () => call('claim.setPreambleLimiting', { id: claim.id, limiting }),
      `Claim ${claim.number}’s preamble ${limiting ? 'is' : 'is not'} limiting.`,
      'Could not change the preamble',
      () => null,
    );
  }

  function step(direction: 'undo' | 'redo') {
    const before = patent;
    void run(
      () => call(direction === 'undo' ? 'claims.undo' : 'claims.redo', {}),
      direction === 'undo' ? 'Undid the last claim edit.' : 'Redid the claim edit.',
      direction === 'undo' ? 'Could not undo' : 'Could not redo',
      (updated) => {
        const changed = updated.id === before.id ? firstChangedLimitation(before, updated) : undefined;
        return changed ? { limitationId: changed.id, text: changed.text, caret: 0 } : null;
      },
    );
  }

  // Undo and redo work wherever focus is in the claims view, except where typing has its own undo.
  const onWindowKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || !inClaimsView(event.target)) return;
    const direction = matchesShortcut(event, shortcuts.undo) ? 'undo' : redoShortcuts.some((s) => matchesShortcut(event, s)) ? 'redo' : null;
    if (!direction) return;
    event.preventDefault();
    step(direction);
  });
  useEffect(() => {
    window.addEventListener('keydown', onWindowKeyDown);
    return () => window.removeEventListener('keydown', onWindowKeyDown);
  }, []);

  /** Keys pressed in a limitation's text: the split shortcuts act at its caret. */
  function onFieldKeyDown(event: ReactKeyboardEvent<HTMLTextAreaElement>, limitationId: number) {
    const field = event.currentTarget;
    const at = { limitationId, start: field.selectionStart, end: field.selectionEnd };
    if (matchesShortcut(event, shortcuts.split)) split(at);
    else if (matchesShortcut(event, shortcuts.merge)) merge(at);
    else if (matchesShortcut(event, shortcuts.relabel)) setRelabelingId(limitationId);
    else return;
    event.preventDefault();
  }

  function onFieldSelect(field: HTMLTextAreaElement, limitationId: number) {
    const { selectionStart: start, selectionEnd: end } = field;
    setSelection((old) => (old?.limitationId === limitationId && old.start === start && old.end === end ? old : { limitationId, start, end }));
  }

  const current = selection && locate(patent, selection.limitationId);
  const selected = current && selection ? current.limitation.text.slice(selection.start, selection.end).trim() : '';
  return {
    disabled,
    status,
    /** The limitation the toolbar acts on: the one whose text last had the caret. */
    current: current && selection ? { ...current, selection } : null,
    relabelingId,
    can: {
      split: !disabled && Boolean(current && selection && canSplitAt(current.limitation.text, selection.start)),
      merge: !disabled && Boolean(current?.next),
      relabel: !disabled && Boolean(current),
      markMeansPlusFunction: !disabled && selected !== '',
    },
    split,
    merge,
    startRelabel: (limitationId: number) => setRelabelingId(limitationId),
    relabel,
    markMeansPlusFunction,
    setPreambleLimiting,
    undo: () => step('undo'),
    redo: () => step('redo'),
    onFieldKeyDown,
    onFieldSelect,
  };
}

function locate(patent: PatentDetail, limitationId: number): Located | null {
  for (const claim of patent.claims) {
    const index = claim.limitations.findIndex((l) => l.id === limitationId);
    const limitation = claim.limitations[index];
    if (limitation) return { claim, limitation, next: claim.limitations[index + 1] };
  }
  return null;
}

/** A split needs words on both sides of the caret. */
function canSplitAt(text: string, offset: number): boolean {
  return text.slice(0, offset).trim() !== '' && text.slice(offset).trim() !== '';
}

/** After undo or redo: the first limitation the step changed, to put the caret on. */
function firstChangedLimitation(before: PatentDetail, after: PatentDetail): Limitation | undefined {
  for (const claim of after.claims) {
    const old = before.claims.find((c) => c.id === claim.id);
    if (!old) continue;
    const changed = claim.limitations.find((l, i) => {
      const was = old.limitations[i];
      return !was || was.id !== l.id || was.text !== l.text || was.label !== l.label;
    });
    if (changed) return changed;
    if (old.limitations.length !== claim.limitations.length) return claim.limitations.at(-1);
    if (old.preambleLimiting !== claim.preambleLimiting) return claim.limitations[0];
  }
  return undefined;
}

/**
 * Whether a key pressed at `target` is for the claims view: in the main area (or nowhere in particular; dialogs
 * are outside it), and not in a text box with its own undo (the relabel field); a limitation's text has none.
 */
function inClaimsView(target: EventTarget | null): boolean {
  if (target === document.body) return true;
  if (!(target instanceof HTMLElement) || !target.closest('main')) return false;
  return !target.isContentEditable && !(target.matches('input, textarea, select') && target.getAttribute('aria-readonly') !== 'true');
}
