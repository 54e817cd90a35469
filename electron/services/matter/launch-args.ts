import { isAbsolute, resolve } from 'node:path';
import { MATTER_EXTENSION } from '../db/open';

/**
 * The matter file named on a command line: the operating system passes it when the user opens a
 * `.claimchart` file (file association), to the first launch or, through the single-instance lock, to the
 * running app. Flags and the app's own script path are not matters.
 */
export function matterPathFromArgs(argv: readonly string[], workingDirectory: string): string | undefined {
  const named = argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(MATTER_EXTENSION));
  if (named === undefined) return undefined;
  return isAbsolute(named) ? named : resolve(workingDirectory, named);
}
