import { useEffect } from 'react';
import { overviewRoute, routeHref } from '../app/route';
import { subscribe } from '../rpc/client';
import { replaceRoute } from './useRoute';
import { refreshAllQueries } from './useRpcQuery';

/**
 * Keeps the screen in step with the matter file: any change reloads what is shown. When another matter was
 * opened, or a backup restored in place of this one, the view in the URL may name a patent or product the
 * file no longer holds (ids are per file), so the overview replaces it.
 */
export function useMatterChanges(): void {
  useEffect(
    () =>
      subscribe('matter.changed', ({ reason }) => {
        if (reason === 'opened' || reason === 'restored') replaceRoute(routeHref(overviewRoute));
        refreshAllQueries();
      }),
    [],
  );
}
