import { useEffect, useRef } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/rpc/contract';
import { useRpcQuery, type Query } from '../hooks/useRpcQuery';

/**
 * A query whose cached answer is not enough when the view opens again: a chart changes by autosave, which
 * the cache does not see. It shows the cached answer at once and asks again on mounting.
 */
export function useFreshQuery<M extends MethodName>(method: M, input: MethodInput<M>, failureTitle: string): Query<MethodOutput<M>> {
  const query = useRpcQuery(method, input, failureTitle);
  const cachedAtMount = useRef(query.data !== undefined);
  const { reload } = query;
  useEffect(() => {
    if (cachedAtMount.current) reload();
  }, [reload]);
  return query;
}
