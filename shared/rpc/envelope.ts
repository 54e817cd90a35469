import type { ErrorInfo } from '../errors';

/** The one reply shape every RPC call returns, whatever the transport. */
export type Reply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorInfo };
