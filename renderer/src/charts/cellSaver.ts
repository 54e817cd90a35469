/**
 * Autosave of a chart's rows. Every change is queued per row and written within a second (a short debounce
 * gathers a burst of typing into one `chart.updateCell`, a transaction). A failed write (disk full, a file
 * made read-only) keeps the change in memory, says so, and is retried with a growing delay until it goes
 * through; nothing typed is dropped. `flush` writes at once (on blur, on leaving the chart, before closing).
 */
import type { ChartRow } from '../../../shared/domain/chart';
import type { CellPatch } from '../../../shared/rpc/methods/charts';

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string; readonly retryAt: number };

export type SendPatch = (limitationId: number, patch: CellPatch) => Promise<ChartRow>;

export const SAVE_DEBOUNCE_MS = 400;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export class CellSaver {
  private readonly pending = new Map<number, CellPatch>();
  /** Patches sent and not yet answered: still the row's newest values until the answer comes. */
  private readonly sending = new Map<number, CellPatch>();
  private state: SaveState = { kind: 'saved' };
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private retryDelay = FIRST_RETRY_MS;
  private failing = false;

  constructor(
    private readonly send: SendPatch,
    /** Told of each row as stored, with the patch that was sent. */
    private readonly onSaved: (row: ChartRow, sent: CellPatch) => void,
    /** Told once when saving starts failing (not at every retry). */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  queue(limitationId: number, patch: CellPatch): void {
    this.pending.set(limitationId, { ...this.pending.get(limitationId), ...patch });
    if (this.state.kind === 'saved') this.setState({ kind: 'pending' });
    if (this.state.kind !== 'failed') this.schedule(SAVE_DEBOUNCE_MS);
  }

  /** The fields of a row not yet written (queued, or sent and not yet answered). */
  pendingFor(limitationId: number): CellPatch | undefined {
    const sending = this.sending.get(limitationId);
    const pending = this.pending.get(limitationId);
    return sending || pending ? { ...sending, ...pending } : undefined;
  }

  hasPending(): boolean {
    return this.pending.size > 0 || this.running !== undefined;
  }

  /** Writes everything queued now; resolves once all of it is written or has failed. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (this.pending.size === 0) return;
    this.running = this.writeAll();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    clearTimeout(this.timer);
  }

  private async writeAll(): Promise<void> {
    this.setState({ kind: 'saving' });
    const batch = [...this.pending];
    this.pending.clear();
    for (const [id, patch] of batch) this.sending.set(id, patch);
    for (const [index, [limitationId, patch]] of batch.entries()) {
      try {
        const stored = await this.send(limitationId, patch);
        this.sending.delete(limitationId);
        this.onSaved(stored, patch);
      } catch (error) {
        // Put back what was not written, under anything typed since (the newer value wins).
        for (const [id, unsent] of batch.slice(index)) {
          this.sending.delete(id);
          this.pending.set(id, { ...unsent, ...this.pending.get(id) });
        }
        this.fail(error);
        return;
      }
    }
    this.retryDelay = FIRST_RETRY_MS;
    this.failing = false;
    if (this.pending.size > 0) {
      this.setState({ kind: 'pending' });
      this.schedule(SAVE_DEBOUNCE_MS);
    } else {
      this.setState({ kind: 'saved' });
    }
  }

  private fail(error: unknown): void {
    if (!this.failing) this.onFailure(error);
    this.failing = true;
    const message = error instanceof Error ? error.message : String(error);
    this.setState({ kind: 'failed', message, retryAt: Date.now() + this.retryDelay });
    this.schedule(this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
