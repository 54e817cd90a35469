import { useEffect } from 'react';
import { overviewRoute, routeHref } from '../app/route';
import { subscribe } from '../rpc/client';
import { replaceRoute } from './useRoute';
import { refreshAllQueries } from './useRpcQuery';

/**
 * Keeps the screen in step with the matter file: any change reloads what is shown. When another matter was
 * opened, the view in the URL names a patent or product of the old one (ids are per file), so the overview
 * replaces it.
 */
export function useMatterChanges(): void {
  useEffect(
    () =>
      subscribe('matter.changed', ({ reason }) => {
        if (reason === 'opened') replaceRoute(routeHref(overviewRoute));
        refreshAllQueries();
      }),
    [],
  );
}
