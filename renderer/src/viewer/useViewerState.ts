import { useSyncExternalStore } from 'react';
import type { ViewerSession, ViewerState } from './ViewerSession';

export function useViewerState(session: ViewerSession): ViewerState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
