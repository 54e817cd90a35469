/** The list of recently opened matters, kept in the user data folder. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { RecentMatterSchema, type RecentMatter } from '../../../shared/domain/matter';

const MAX_RECENT = 10;

function recentFile(dataDir: string): string {
  return join(dataDir, 'recent-matters.json');
}

export function readRecent(dataDir: string): RecentMatter[] {
  try {
    const parsed = z.array(RecentMatterSchema).safeParse(JSON.parse(readFileSync(recentFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function rememberRecent(dataDir: string, entry: { path: string; name: string }): void {
  writeRecent(dataDir, [{ ...entry, openedAt: new Date().toISOString() }, ...readRecent(dataDir).filter((r) => r.path !== entry.path)]);
}

/** A renamed matter keeps its place in the list under its new name (a matter not listed is not added). */
export function renameRecent(dataDir: string, path: string, name: string): void {
  const list = readRecent(dataDir);
  if (list.some((r) => r.path === path && r.name !== name)) writeRecent(dataDir, list.map((r) => (r.path === path ? { ...r, name } : r)));
}

function writeRecent(dataDir: string, entries: RecentMatter[]): void {
  const list = entries.slice(0, MAX_RECENT);
  const file = recentFile(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename, so a crash never leaves a half-written list.
  writeFileSync(`${file}.tmp`, JSON.stringify(list, null, 2));
  renameSync(`${file}.tmp`, file);
}
