/** The read queries the first screen needs, named for what they load. */
import { useRpcQuery } from './useRpcQuery';

export const useOverview = () => useRpcQuery('matter.overview', {}, 'Could not load the matter');

/** `patentId` null: no patent wanted yet. */
export const usePatent = (patentId: number | null) =>
  useRpcQuery('patent.get', patentId === null ? null : { id: patentId }, 'Could not load the patent');

export const useAppInfo = () => useRpcQuery('app.info', {}, 'Could not read the app version');
