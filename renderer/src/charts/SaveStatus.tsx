import { useEffect, useState, useSyncExternalStore } from 'react';
import { Button } from 'react-aria-components';
import type { CellSaver } from './cellSaver';
import { useChartNotice } from './chartNotice';
import './SaveStatus.css';

/**
 * Whether the chart's changes are in the matter file, and if a save failed, when it is tried again; also
 * a passing confirmation (a version saved or restored).
 */
export function SaveStatus({ saver }: { readonly saver: CellSaver }) {
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const now = useNow(state.kind === 'failed');
  const notice = useChartNotice();
  if (state.kind !== 'failed') {
    return (
      <p className="save-status" role="status" data-state={state.kind} title={notice ?? undefined}>
        {notice && <span className="save-status__notice">{notice} · </span>}
        {state.kind === 'saved' ? 'All changes saved' : 'Saving…'}
      </p>
    );
  }
  const seconds = Math.max(0, Math.ceil((state.retryAt - now) / 1000));
  return (
    <div className="save-status save-status--failed" role="alert">
      <p>
        <strong>Not saved.</strong> {state.message} Your changes are kept here; trying again {seconds > 0 ? `in ${seconds} s` : 'now'}.
      </p>
      <Button className="button" onPress={() => void saver.flush()}>
        Retry now
      </Button>
    </div>
  );
}

/** The time, ticking each second while `ticking`. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
