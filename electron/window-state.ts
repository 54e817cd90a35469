/** Remembers the main window's size and position between runs (a JSON file in the user data folder). */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

const DEFAULT_STATE: WindowState = { width: 1440, height: 900, maximized: false };

function stateFile(dataDir: string): string {
  return join(dataDir, 'window-state.json');
}

export function loadWindowState(dataDir: string): WindowState {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(stateFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_STATE;
  } catch {
    return DEFAULT_STATE;
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  const file = stateFile(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}
