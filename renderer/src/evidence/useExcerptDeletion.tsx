import { useCallback, useState, type ReactNode } from 'react';
import type { ExcerptUsage } from '../../../shared/domain/chart';
import type { Excerpt } from '../../../shared/domain/document';
import { deleteExcerpt } from '../excerpts/excerptActions';
import { asRpcError, call } from '../rpc/client';
import { reportError } from '../ui/notifications';
import { DeleteExcerptDialog } from './DeleteExcerptDialog';

/**
 * Deleting an excerpt: at once when no chart cites it (the undo bar can bring it back), after asking when
 * some do, naming the rows. Render `confirmation` where the dialog may open.
 */
export function useExcerptDeletion(): { readonly requestDelete: (excerpt: Excerpt) => void; readonly confirmation: ReactNode } {
  const [confirming, setConfirming] = useState<{ excerpt: Excerpt; usage: readonly ExcerptUsage[] }>();
  const requestDelete = useCallback((excerpt: Excerpt) => {
    call('excerpt.usage', { excerptId: excerpt.id }).then(
      (usage) => (usage.length > 0 ? setConfirming({ excerpt, usage }) : void deleteExcerpt(excerpt)),
      (error: unknown) => reportError('Could not check where the excerpt is cited', asRpcError(error)),
    );
  }, []);
  const confirmation = confirming && <DeleteExcerptDialog excerpt={confirming.excerpt} usage={confirming.usage} onClose={() => setConfirming(undefined)} />;
  return { requestDelete, confirmation };
}
