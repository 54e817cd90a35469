/**
 * Changes to excerpts, each reported on failure. Deleting keeps the last deleted excerpt at hand so it can
 * be restored (the Node side only marks it deleted): the undo bar and Ctrl/⌘ + Z offer it.
 */
import { useSyncExternalStore } from 'react';
import type { Excerpt, ExcerptCreate, ExcerptUpdate } from '../../../shared/domain/document';
import { asRpcError, call } from '../rpc/client';
import { reportError } from '../ui/notifications';

async function reported<T>(title: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    reportError(title, asRpcError(error));
    return undefined;
  }
}

export const createExcerpt = (input: ExcerptCreate) => reported('Could not add the excerpt', () => call('excerpt.create', input));

export const updateExcerpt = (update: ExcerptUpdate) => reported('Could not save the excerpt', () => call('excerpt.update', update));

let lastDeleted: Excerpt | null = null;
const listeners = new Set<() => void>();

function setLastDeleted(excerpt: Excerpt | null): void {
  lastDeleted = excerpt;
  for (const listener of listeners) listener();
}

/** `confirmCited`: the user was shown the rows that cite it and said yes (the server refuses otherwise). */
export async function deleteExcerpt(excerpt: Excerpt, confirmCited = false): Promise<void> {
  const deleted = await reported('Could not delete the excerpt', () => call('excerpt.delete', { id: excerpt.id, confirmCited }));
  if (deleted) setLastDeleted(deleted);
}

export async function undoDelete(): Promise<void> {
  const excerpt = lastDeleted;
  if (!excerpt) return;
  setLastDeleted(null);
  await reported('Could not restore the excerpt', () => call('excerpt.restore', { id: excerpt.id }));
}

export const dismissUndo = () => setLastDeleted(null);

export function useLastDeleted(): Excerpt | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lastDeleted,
  );
}
