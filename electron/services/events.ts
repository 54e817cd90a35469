import type { EventChannel, EventPayload } from '../../shared/rpc/contract';

type Listener = (channel: EventChannel, payload: unknown) => void;

/** Pushes events to whoever listens: the Electron window, browser-mode SSE streams, tests. */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  publish<C extends EventChannel>(channel: C, payload: EventPayload<C>): void {
    for (const listener of this.listeners) listener(channel, payload);
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
