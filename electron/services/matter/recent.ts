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
  const list = [
    { ...entry, openedAt: new Date().toISOString() },
    ...readRecent(dataDir).filter((r) => r.path !== entry.path),
  ].slice(0, MAX_RECENT);
  const file = recentFile(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename, so a crash never leaves a half-written list.
  writeFileSync(`${file}.tmp`, JSON.stringify(list, null, 2));
  renameSync(`${file}.tmp`, file);
}
