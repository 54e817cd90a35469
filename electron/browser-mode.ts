/**
 * `npm start` without an Electron binary: the same app served to the system browser from 127.0.0.1.
 * Runs in plain Node. Options: --port N, --no-open, --data-dir DIR.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closeMatter, createAppContext, openInitialMatter } from './services/app-context';
import { scheduleExtractionWarmUp } from './services/documents/warm-up';
import { createHandlers } from './services/handlers';
import { defaultDataDir } from './services/paths';
import { startBrowserServer } from './transport/http-server';

function openInBrowser(url: string): Promise<void> {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  return new Promise((resolve) => {
    // The URL is one argument, never parsed by a shell.
    const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {
      console.log(`(No default browser could be opened: open ${url} yourself.)`);
      resolve();
    });
    child.on('spawn', () => resolve());
    child.unref();
  });
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, 'data-dir': { type: 'string' } },
  });
  const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}); run \`npm run build\`.`);
  }
  const ctx = createAppContext({ dataDir: values['data-dir'] ?? defaultDataDir(), transport: 'browser', openExternal: openInBrowser });
  openInitialMatter(ctx);
  scheduleExtractionWarmUp();
  const server = await startBrowserServer({
    ctx,
    handlers: createHandlers(ctx),
    rendererDir,
    port: values.port ? Number(values.port) : undefined,
  });
  console.log(`ClaimChart (browser mode) is serving ${ctx.session.summary().name}`);
  console.log(`Open: ${server.launchUrl}`);
  console.log('The link carries this session\'s token; only this machine can reach the server. Ctrl+C stops it.');
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!values['no-open'] && hasDisplay) void openInBrowser(server.launchUrl);
  const stop = async () => {
    await server.close();
    await closeMatter(ctx);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`ClaimChart could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
