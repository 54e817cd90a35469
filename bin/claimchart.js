#!/usr/bin/env node
// The `claimchart` command: runs the built CLI (npm ci builds it through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/node/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('claimchart: the command line is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
await import(cli);
