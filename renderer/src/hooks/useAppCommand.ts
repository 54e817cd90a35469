import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../../shared/rpc/contract';
import { subscribe } from '../rpc/client';

/** Runs `handler` when the desktop menu asks for `command` (File → Import Documents…, Export…, …). */
export function useAppCommand(command: AppCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(
    () =>
      subscribe('app.command', (payload) => {
        if (payload.command === command) latest.current();
      }),
    [command],
  );
}
