/**
 * The Electron main process: app lifecycle, the window, the `app://` protocol, IPC, and the security policy.
 * Everything it serves comes from the same services and handler table as browser mode and the CLI.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, type IpcMainInvokeEvent } from 'electron';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventChannels } from '../shared/rpc/contract';
import { buildAppMenu } from './menu';
import { closeMatter, createAppContext, openInitialMatter, type AppContext } from './services/app-context';
import { scheduleExtractionWarmUp } from './services/documents/warm-up';
import { readBinary } from './services/blobs';
import { createHandlers } from './services/handlers';
import { matterPathFromArgs } from './services/matter/launch-args';
import { dispatch, inProcessClient, toErrorInfo } from './services/rpc/dispatch';
import { SECURITY_HEADERS, mediaTypeFor } from './services/security-policy';
import { sliceForRange } from './transport/byte-range';
import { resolveStaticFile } from './transport/static-files';
import { loadWindowState, saveWindowState } from './window-state';

const APP_ORIGIN = 'app://claimchart';
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const isDevelopment = !app.isPackaged;

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

// One instance owns the matter files: a second launch focuses the first (never two writers).
if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | undefined;

// A .claimchart file opened from the desktop: named on the command line (Windows, Linux), or sent as an
// event (macOS, which may send it before the app is ready).
let openFileBeforeReady: string | undefined = matterPathFromArgs(process.argv, process.cwd());
let openMatterFile: ((path: string) => void) | undefined;
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (openMatterFile) openMatterFile(path);
  else openFileBeforeReady = path;
});

function serveAppProtocol(ctx: AppContext) {
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    if (url.host !== 'claimchart') return new Response('Not found', { status: 404 });
    if (url.pathname.startsWith('/binary/')) {
      try {
        const content = readBinary(ctx, url.pathname.slice('/binary'.length));
        const ranged = sliceForRange(content, request.headers.get('range'));
        return new Response(Buffer.from(ranged.body), {
          status: ranged.status,
          headers: { ...SECURITY_HEADERS, ...ranged.headers, 'Content-Type': content.mediaType },
        });
      } catch (error) {
        return new Response(toErrorInfo(error).message, { status: 404 });
      }
    }
    const file = resolveStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(readFileSync(file), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': mediaTypeFor(file) },
    });
  });
}

/** IPC is accepted only from the top frame of our own window, showing our own origin. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    mainWindow !== undefined &&
    frame !== null &&
    event.sender === mainWindow.webContents &&
    frame === mainWindow.webContents.mainFrame &&
    new URL(frame.url).origin === APP_ORIGIN
  );
}

function lockDownSession() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    // The renderer only ever talks to its own origin (plus devtools in development).
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}

function createWindow(ctx: AppContext) {
  const state = loadWindowState(ctx.dataDir);
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'ClaimChart',
    backgroundColor: '#f7f7f8',
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: isDevelopment,
      // Middle-click would otherwise open links in new windows, around setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = window;
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(ctx.dataDir, { ...bounds, maximized: window.isMaximized() });
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void window.loadURL(`${APP_ORIGIN}/`);
}

function forwardEvents(ctx: AppContext) {
  ctx.events.listen((channel, payload) => {
    if (eventChannels.includes(channel)) mainWindow?.webContents.send('claimchart:event', channel, payload);
  });
}

async function start() {
  await app.whenReady();
  const ctx = createAppContext({
    dataDir: app.getPath('userData'),
    transport: 'electron',
    // Set by scripts/start.mjs to the better-sqlite3 build for Electron's ABI; a packaged app has its own.
    nativeBinding: process.env.CLAIMCHART_SQLITE_BINDING,
    openExternal: (url) => shell.openExternal(url),
  });
  const handlers = createHandlers(ctx);
  const call = inProcessClient(handlers);
  openInitialMatter(ctx);
  scheduleExtractionWarmUp();
  lockDownSession();
  serveAppProtocol(ctx);
  ipcMain.handle('claimchart:invoke', (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return { ok: false, error: { code: 'internal', message: 'Refused: unknown sender.' } };
    return dispatch(handlers, String(method), input);
  });
  forwardEvents(ctx);
  const menu = { ctx, call, isDevelopment, getWindow: () => mainWindow };
  buildAppMenu(menu);
  openMatterFile = (path) => {
    call('matter.open', { path })
      .then(() => buildAppMenu(menu)) // Open Recent gains the file
      .catch((error: unknown) => {
        const detail = toErrorInfo(error).message;
        if (mainWindow) void dialog.showMessageBox(mainWindow, { type: 'error', message: 'ClaimChart', detail });
        else dialog.showErrorBox('ClaimChart', detail);
      });
  };
  if (openFileBeforeReady) openMatterFile(openFileBeforeReady);
  createWindow(ctx);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = matterPathFromArgs(argv, workingDirectory);
    if (path) openMatterFile?.(path);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(ctx);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    // Let a backup in progress finish before the connection closes, then quit for real.
    event.preventDefault();
    void closeMatter(ctx).finally(() => {
      closed = true;
      app.quit();
    });
  });
}

start().catch((error: unknown) => {
  console.error('ClaimChart failed to start:', error);
  app.exit(1);
});
