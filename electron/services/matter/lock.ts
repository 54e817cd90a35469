/**
 * One writer per matter file. The writer holds `<file>.lock` (its process id and host); a second window,
 * app instance or browser-mode server that finds a live holder opens the matter read-only instead. A lock
 * left by a process that died is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export interface MatterLock {
  release(): void;
}

/** Paths this process holds, so a second open within one process is refused too. */
const heldHere = new Set<string>();

function holderIsAlive(lockPath: string): boolean {
  try {
    const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid?: unknown; host?: unknown };
    if (holder.host !== hostname()) return true; // another machine (a shared folder): cannot check, so respect it
    if (typeof holder.pid !== 'number') return false;
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
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

/** Takes the write lock of a matter file, or returns null when another live writer has it. */
export function acquireMatterLock(matterPath: string): MatterLock | null {
  const lockPath = `${matterPath}.lock`;
  if (heldHere.has(lockPath)) return null;
  if (!tryCreate(lockPath)) {
    if (holderIsAlive(lockPath)) return null;
    rmSync(lockPath, { force: true });
    if (!tryCreate(lockPath)) return null;
  }
  heldHere.add(lockPath);
  return {
    release() {
      if (!heldHere.delete(lockPath)) return;
      rmSync(lockPath, { force: true });
    },
  };
}
