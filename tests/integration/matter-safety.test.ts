import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeMatter, createAppContext, openInitialMatter } from '../../electron/services/app-context';
import { createHandlers } from '../../electron/services/handlers';
import { backupFolder, KEEP_BACKUPS } from '../../electron/services/matter/backups';
import { inProcessClient } from '../../electron/services/rpc/dispatch';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const cliBin = resolve(__dirname, '../../bin/claimchart.js');
const contexts: ReturnType<typeof createAppContext>[] = [];
afterEach(async () => {
  for (const ctx of contexts.splice(0)) {
    await ctx.backups.idle();
    ctx.session.close();
  }
});

function appOn(dataDir: string, backupIntervalMs?: number) {
  const ctx = createAppContext({ dataDir, transport: 'in-process', backupIntervalMs });
  contexts.push(ctx);
  return { ctx, call: inProcessClient(createHandlers(ctx)) };
}

describe('one writer per matter', () => {
  it('a second open of the same matter is read-only with a reason, and writes are refused', async () => {
    const dataDir = tempDir();
    const first = appOn(dataDir);
    openInitialMatter(first.ctx);
    const second = appOn(dataDir);
    const summary = await second.call('matter.open', { path: first.ctx.session.current.path });
    expect(summary.readOnly).toBe(true);
    expect(summary.readOnlyReason).toMatch(/open in another ClaimChart window/);
    await expect(second.call('matter.setLabelScheme', { scheme: 'upper' })).rejects.toThrow(/read-only|another ClaimChart window/);
    expect((await first.call('matter.setLabelScheme', { scheme: 'upper' })).labelScheme).toBe('upper');
  });

  it('a live writer in another process keeps the lock; a dead one’s lock is taken over', async () => {
    const dataDir = tempDir();
    const { ctx, call } = appOn(dataDir);
    openInitialMatter(ctx);
    const path = ctx.session.current.path;
    await closeMatter(ctx);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: holder.pid, host: (await import('node:os')).hostname() }));
    expect((await call('matter.open', { path })).readOnly).toBe(true);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));
    expect((await call('matter.open', { path })).readOnly).toBe(false);
  });
});

describe('refused writes', () => {
  it('a read-only matter refuses a change with a clear message and stays readable', async () => {
    const dataDir = tempDir();
    const { ctx, call } = appOn(dataDir);
    openInitialMatter(ctx);
    const path = ctx.session.current.path;
    await closeMatter(ctx);
    ctx.session.openFile(path, { readOnly: true });
    await expect(call('matter.setLabelScheme', { scheme: 'upper' })).rejects.toThrow(/read-only.*not saved/);
    expect((await call('matter.overview', {})).patents).toHaveLength(5);
  });

  it('a matter read-only on disk opens read-only, says why, and refuses a change without touching the file', async () => {
    const dataDir = tempDir();
    const { ctx } = appOn(dataDir);
    openInitialMatter(ctx);
    const path = ctx.session.current.path;
    await closeMatter(ctx); // at rest a matter is one file, which is what makes it readable from a read-only folder
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
    const claims = join(dataDir, 'claims.txt');
    writeFileSync(claims, 'What is claimed is:\n1. A widget comprising: a part; and another part.\n');
    chmodSync(path, 0o444);
    chmodSync(dirname(path), 0o555);
    const before = readFileSync(path);
    // Root may write anything, so as root the CLI runs without the capabilities that override file permissions
    // (util-linux's setpriv): it then meets them as a user would, still able to read the checkout it owns.
    const dropOverride = ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--'];
    const cli = (...args: string[]) =>
      process.getuid?.() === 0
        ? spawnSync('setpriv', [...dropOverride, process.execPath, cliBin, ...args], { encoding: 'utf8' })
        : spawnSync(process.execPath, [cliBin, ...args], { encoding: 'utf8' });
    try {
      const info = cli('matter', 'info', path, '--json');
      expect(info.stderr).toBe('');
      const shown = JSON.parse(info.stdout) as { matter: { readOnly: boolean }; patents: unknown[] };
      expect(shown.matter.readOnly).toBe(true);
      expect(shown.patents).toHaveLength(5);
      const write = cli('patent', 'import', path, claims, '--format', 'text', '--number', 'US 9,999,999', '--json');
      expect(write.status).not.toBe(0);
      expect(write.stderr).toMatch(/read-only on disk.*not saved/);
      expect(readFileSync(path).equals(before)).toBe(true);
    } finally {
      chmodSync(dirname(path), 0o755);
      chmodSync(path, 0o644);
    }
  });

  it('a full disk refuses the change with a clear message, damages nothing, and the retry succeeds', async () => {
    const dataDir = tempDir();
    const { ctx, call } = appOn(dataDir);
    openInitialMatter(ctx);
    await ctx.backups.idle();
    const db = ctx.session.current.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`); // the file may not grow: as good as a full disk
    const claims = Array.from({ length: 40 }, (_, i) => `${i + 1}. A widget comprising: a part ${'x'.repeat(2000)}; and a frame.`).join('\n');
    const attempt = () => call('patent.import', { source: { text: claims }, number: 'US 1,234,567' });
    await expect(attempt()).rejects.toThrow(/disk is full.*not saved/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await call('matter.overview', {})).patents).toHaveLength(5);
    db.pragma('max_page_count = 1073741823');
    const imported = await attempt();
    expect(imported.claims).toHaveLength(40);
  });
});

describe('rolling backups', () => {
  it('are made on open and after editing, kept to the last few, listed, and restorable', async () => {
    const dataDir = tempDir();
    const { ctx, call } = appOn(dataDir, 0); // back up after every write, to test the rolling
    openInitialMatter(ctx);
    await ctx.backups.idle();
    expect(await call('matter.backups', {})).toHaveLength(1);
    const labelled = await call('matter.setLabelScheme', { scheme: 'decimal' });
    expect(labelled.labelScheme).toBe('decimal');
    await ctx.backups.idle();
    const backups = await call('matter.backups', {});
    expect(backups).toHaveLength(2);
    expect(backups.every((b) => b.path.startsWith(backupFolder(dataDir, labelled.path)))).toBe(true);

    for (const scheme of ['upper', 'bracket-dot', 'bracket', 'upper', 'decimal', 'bracket'] as const) {
      await call('matter.setLabelScheme', { scheme });
      await ctx.backups.idle();
    }
    expect(await call('matter.backups', {})).toHaveLength(KEEP_BACKUPS);

    // Eight states were backed up (open + seven edits); the oldest of the five kept has 'bracket-dot'.
    const oldest = (await call('matter.backups', {})).at(-1)!;
    const restored = await call('matter.restoreBackup', { path: oldest.path });
    expect(restored.labelScheme).toBe('bracket-dot');
    // The state before the restore was backed up first, so the restore itself can be undone.
    const newest = (await call('matter.backups', {}))[0]!;
    expect((await call('matter.restoreBackup', { path: newest.path })).labelScheme).toBe('bracket');
    expect((await call('matter.overview', {})).patents).toHaveLength(5);
  });

  it('restore accepts only this matter’s own backups', async () => {
    const dataDir = tempDir();
    const { ctx, call } = appOn(dataDir);
    openInitialMatter(ctx);
    const elsewhere = join(tempDir(), 'x.claimchart');
    writeFileSync(elsewhere, 'x');
    await expect(call('matter.restoreBackup', { path: elsewhere })).rejects.toThrow(/not one of this matter/);
    await expect(call('matter.restoreBackup', { path: join(backupFolder(dataDir, ctx.session.current.path), '..', 'x.claimchart') })).rejects.toThrow(
      /not one of this matter/,
    );
  });
});
