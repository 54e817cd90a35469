/** The application menu and the native file dialogs behind it. */
import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/rpc/contract';
import type { AppContext } from './services/app-context';
import { readRecent } from './services/matter/recent';
import { toErrorInfo, type inProcessClient } from './services/rpc/dispatch';

interface MenuOptions {
  readonly ctx: AppContext;
  /** Menu actions go through the handler table like any other caller. */
  readonly call: ReturnType<typeof inProcessClient>;
  readonly isDevelopment: boolean;
  readonly getWindow: () => BrowserWindow | undefined;
}

const matterFilter = [{ name: 'ClaimChart matter', extensions: ['claimchart'] }];

export function buildAppMenu(options: MenuOptions): void {
  const { ctx, call, getWindow } = options;

  function report(error: unknown) {
    const window = getWindow();
    const message = toErrorInfo(error).message;
    if (window) void dialog.showMessageBox(window, { type: 'error', message: 'ClaimChart', detail: message });
  }

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      buildAppMenu(options);
    } catch (error) {
      report(error);
    }
  }

  function withExtension(path: string): string {
    return path.endsWith('.claimchart') ? path : `${path}.claimchart`;
  }

  async function newMatter() {
    const window = getWindow();
    if (!window) return;
    const result = await dialog.showSaveDialog(window, { title: 'New Matter', filters: matterFilter });
    if (result.canceled || !result.filePath) return;
    const path = withExtension(result.filePath);
    const name = path.replace(/^.*[/\\]/, '').replace(/\.claimchart$/, '');
    await run(() => call('matter.create', { path, name }));
  }

  async function openMatter() {
    const window = getWindow();
    if (!window) return;
    const result = await dialog.showOpenDialog(window, { title: 'Open Matter', filters: matterFilter, properties: ['openFile'] });
    const path = result.filePaths[0];
    if (!result.canceled && path) await run(() => call('matter.open', { path }));
  }

  async function saveCopy() {
    const window = getWindow();
    if (!window) return;
    const result = await dialog.showSaveDialog(window, { title: 'Save a Copy', filters: matterFilter });
    if (result.canceled || !result.filePath) return;
    await run(() => call('matter.saveCopy', { path: withExtension(result.filePath!) }));
  }

  /** The renderer owns these dialogs: the menu only asks for them. */
  function command(name: AppCommand) {
    ctx.events.publish('app.command', { command: name });
  }

  const recent: MenuItemConstructorOptions[] = readRecent(ctx.dataDir).map((entry) => ({
    label: `${entry.name} — ${entry.path}`,
    click: () => void run(() => call('matter.open', { path: entry.path })),
  }));

  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Matter…', accelerator: 'CmdOrCtrl+N', click: () => void newMatter() },
        { label: 'Open Matter…', accelerator: 'CmdOrCtrl+O', click: () => void openMatter() },
        { label: 'Open Recent', submenu: recent.length > 0 ? recent : [{ label: 'No recent matters', enabled: false }] },
        { type: 'separator' },
        { label: 'Import Documents…', accelerator: 'CmdOrCtrl+I', click: () => command('import-documents') },
        { label: 'Import Patent…', accelerator: 'CmdOrCtrl+Shift+I', click: () => command('import-patent') },
        { label: 'New Chart…', accelerator: 'CmdOrCtrl+Shift+N', click: () => command('new-chart') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E', click: () => command('export-chart') },
        { type: 'separator' },
        { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', click: () => void saveCopy() },
        { label: 'Backups…', click: () => command('backups') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.isDevelopment ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
