import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The user data folder, the same one Electron's app.getPath('userData') gives for "ClaimChart", so the
 * desktop app and browser mode share their matters and recent list. CLAIMCHART_HOME overrides it (tests).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CLAIMCHART_HOME) return env.CLAIMCHART_HOME;
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'ClaimChart');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'ClaimChart');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'ClaimChart');
}
