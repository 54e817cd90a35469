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
  /** Electron only: the path of a dropped or picked file. */
  pathForFile?(file: File): string;
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

/**
 * Any failure of `call` as an RpcError: the reply's own error, or one for a transport that failed before
 * there was a reply (browser mode's server stopped, a response that is not JSON).
 */
export function asRpcError(error: unknown): RpcError {
  if (error instanceof RpcError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new RpcError('internal', `ClaimChart could not reach its background service (${detail}).`);
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

/**
 * A path the Node side can import a user's file from: its real path in Electron, or, in browser mode
 * (where a page has no paths), the path of a private copy uploaded to the loopback server.
 */
export async function importablePath(file: File): Promise<string> {
  if (bridge.pathForFile) return bridge.pathForFile(file);
  const response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
    credentials: 'same-origin',
  });
  if (!response.ok) throw new RpcError('unsupported-file', `${file.name} could not be sent to ClaimChart: ${await response.text()}`);
  return ((await response.json()) as { path: string }).path;
}

/** URL of binary content (a document's PDF, an image): same path under app:// and in browser mode. */
export function binaryUrl(path: `/${string}`): string {
  return `/binary${path}`;
}
