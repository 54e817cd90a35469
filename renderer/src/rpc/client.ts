/**
 * The renderer's only door to the Node side. In Electron the preload exposes `window.claimchart`; in
 * browser mode the same calls go over HTTP to the loopback server (the session cookie authenticates them).
 */
import type { ErrorCode } from '../../../shared/errors';
import type { EventChannel, EventPayload, MethodInput, MethodName, MethodOutput } from '../../../shared/rpc/contract';
import type { Reply } from '../../../shared/rpc/envelope';

interface Bridge {
  invoke(method: string, input: unknown): Promise<Reply<unknown>>;
  subscribe(channel: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    claimchart?: Bridge;
  }
}

export class RpcError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

function httpBridge(): Bridge {
  let source: EventSource | undefined;
  return {
    async invoke(method, input) {
      const response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const message = response.status === 401 ? 'This browser session has expired: reopen the link printed by `npm start`.' : await response.text();
        return { ok: false, error: { code: 'internal', message } };
      }
      return (await response.json()) as Reply<unknown>;
    },
    subscribe(channel, callback) {
      source ??= new EventSource('/events');
      const listener = (event: MessageEvent<string>) => callback(JSON.parse(event.data));
      source.addEventListener(channel, listener);
      return () => source?.removeEventListener(channel, listener);
    },
  };
}

const bridge: Bridge = window.claimchart ?? httpBridge();

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const reply = await bridge.invoke(method, input);
  if (!reply.ok) throw new RpcError(reply.error.code, reply.error.message);
  return reply.value as MethodOutput<M>;
}

export function subscribe<C extends EventChannel>(channel: C, callback: (payload: EventPayload<C>) => void): () => void {
  return bridge.subscribe(channel, (payload) => callback(payload as EventPayload<C>));
}

/** URL of binary content (a document's PDF, an image): same path under app:// and in browser mode. */
export function binaryUrl(path: `/${string}`): string {
  return `/binary${path}`;
}
