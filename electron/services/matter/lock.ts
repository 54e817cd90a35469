/**
 * One writer per matter file. The writer holds `<file>.lock` (its process id and host); a second window,
 * app instance or browser-mode server that finds a live holder opens the matter read-only instead. A lock
 * left by a process that died is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export interface MatterLock {
  release(): void;
}

/** Paths this process holds, so a second open within one process is refused too. */
const heldHere = new Set<string>();

/** A lock or takeover file left unfinished (a crash while it was written or held) bars others this long at most. */
const UNFINISHED_FILE_MS = 10_000;

function isFresh(path: string, maxAgeMs: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs <= maxAgeMs;
  } catch {
    return false;
  }
}

function holderIsAlive(lockPath: string): boolean {
  try {
    const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid?: unknown; host?: unknown };
    if (holder.host !== hostname()) return true; // another machine (a shared folder): cannot check, so respect it
    if (typeof holder.pid !== 'number') return false;
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // A lock that does not parse may be one being written this instant (created, then filled): a fresh
    // one counts as held.
    if (error instanceof SyntaxError) return isFresh(lockPath, UNFINISHED_FILE_MS);
    // EPERM: the process exists but belongs to someone else; anything else: no live holder.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx', 0o600);
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Replaces a dead holder's lock. Two processes that both found it dead must not both replace it (the
 * second would remove the first's fresh lock), so a takeover holds `<lock>.takeover` and looks at the
 * holder again while it does: whoever comes second finds the first alive and backs off.
 */
function takeOver(lockPath: string): boolean {
  const takeoverPath = `${lockPath}.takeover`;
  if (!tryCreate(takeoverPath)) {
    if (isFresh(takeoverPath, UNFINISHED_FILE_MS)) return false;
    rmSync(takeoverPath, { force: true });
    if (!tryCreate(takeoverPath)) return false;
  }
  try {
    if (holderIsAlive(lockPath)) return false;
    rmSync(lockPath, { force: true });
    return tryCreate(lockPath);
  } finally {
    rmSync(takeoverPath, { force: true });
  }
}

/** Takes the write lock of a matter file, or returns null when another live writer has it. */
export function acquireMatterLock(matterPath: string): MatterLock | null {
  const lockPath = `${matterPath}.lock`;
  if (heldHere.has(lockPath)) return null;
  if (!tryCreate(lockPath) && (holderIsAlive(lockPath) || !takeOver(lockPath))) return null;
  heldHere.add(lockPath);
  return {
    release() {
      if (!heldHere.delete(lockPath)) return;
      rmSync(lockPath, { force: true });
    },
  };
}
