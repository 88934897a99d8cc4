import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, screen, session, shell } from 'electron';
import { IPC_EVENT_CHANNEL } from '../../shared/api/transport';
import { openCore } from '../core/core';
import type { Core } from '../core/core';
import { APP_ORIGIN } from './appOrigin';
import type { DisplayWindows } from './displayWindow';
import { createDisplayWindows, displayWindowOptions } from './displayWindow';
import { denyPermissions, guardWebContents } from './guards';
import { registerIpc } from './ipc';
import { createPdfPrinter } from './pdfPrinter';
import { desktopPlatform, saveFilters } from './platform';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { hardenedWebPreferences } from './webPreferences';

/**
 * The thin Electron shell: windows, protocol, IPC wiring. Everything the app does lives in
 * electron/core, which runs (and is tested) in plain Node; the shell's own decisions (which
 * sender, URL or file is allowed) live in small modules beside this one that import nothing
 * from Electron at run time, and are tested with fake events (docs/security.md).
 */
registerSchemePrivileges();
// Native date fields and spellcheck follow the UI's language, Vietnamese first.
app.commandLine.appendSwitch('lang', 'vi');

// A second launch hands focus to the first and leaves before opening the data folder.
const isPrimaryInstance = app.requestSingleInstanceLock();
if (!isPrimaryInstance) app.exit(0);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let displays: DisplayWindows | null = null;

const PRELOAD = path.join(__dirname, '..', 'preload', 'index.js');

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'Điểm Cầu',
    show: false,
    // The same preferences as the room display's window (webPreferences.ts).
    webPreferences: hardenedWebPreferences(PRELOAD),
  });
  win.once('ready-to-show', () => win.show());
  // The room display belongs to the operator's window: it goes when that one does.
  win.on('closed', () => displays?.close());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

const logRefusal = (message: string): void => console.warn(`[guard] ${message}`);

/** The Electron-ABI copy of better-sqlite3 that scripts/native.mjs builds next to the bundles. */
function electronSqliteBinding(): string | undefined {
  const file = path.join(
    app.getAppPath(),
    'out',
    'native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  );
  return fs.existsSync(file) ? file : undefined;
}

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

app.whenReady().then(() => {
  if (!isPrimaryInstance) return;
  denyPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, logRefusal));
  serveRenderer(path.join(__dirname, '..', 'renderer'));

  const dataDir = process.env.DIEMCAU_DATA_DIR ?? app.getPath('userData');
  // The room display on the second screen (the projector), moved when screens come and go.
  displays = createDisplayWindows({
    screen,
    createWindow: (placement) => new BrowserWindow(displayWindowOptions(placement, PRELOAD)),
    log: (message) => console.log(`[display] ${message}`),
  });
  core = openCore({
    nativeBinding: electronSqliteBinding(),
    dataDir,
    transport: 'ipc',
    version: app.getVersion(),
    checkReads: !app.isPackaged,
    log: (message, err) => console.error(message, err ?? ''),
    platform: desktopPlatform({
      shell,
      dataDir,
      openDisplay: displays.open,
      // A hidden window with the same hardened preferences prints the document's route.
      printToPdf: createPdfPrinter({
        origin: APP_ORIGIN,
        createWindow: () =>
          new BrowserWindow({ show: false, webPreferences: hardenedWebPreferences(PRELOAD) }),
      }),
      chooseSavePath: async (fileName) => {
        const owner = BrowserWindow.getFocusedWindow();
        const options = {
          defaultPath: path.join(app.getPath('documents'), fileName),
          filters: saveFilters(fileName),
        };
        const result = owner
          ? await dialog.showSaveDialog(owner, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      log: (message) => console.warn(`[platform] ${message}`),
    }),
  });
  if (core.startupError) {
    // The renderer shows the full explanation; this makes sure it is seen even if it cannot load.
    dialog.showErrorBox('Điểm Cầu', `${core.startupError.code}: ${core.startupError.message}`);
  }
  core.onEvent((event, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      win.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
    }
  });
  registerIpc(ipcMain, core.call);
  mainWindow = createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void core?.close();
  core = null;
});
