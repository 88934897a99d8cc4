import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  safeStorage,
  screen,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { IPC_EVENT_CHANNEL } from '../../shared/api/transport';
import { openCore } from '../core/core';
import type { Core } from '../core/core';
import { createAppLogger } from '../core/logging/logger';
import { APP_ORIGIN } from './appOrigin';
import { aboutDetail, buildAppMenu } from './appMenu';
import type { DisplayWindows } from './displayWindow';
import { createDisplayWindows, displayWindowOptions } from './displayWindow';
import { catchUnhandled, createErrorReporter, watchRenderer } from './errorReporting';
import { denyPermissions, guardWebContents } from './guards';
import { registerIpc } from './ipc';
import { electronSqliteBinding } from './nativeBinding';
import { utilityWorker } from './utilityWorker';
import { createPdfPrinter } from './pdfPrinter';
import { desktopPlatform, saveFilters } from './platform';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { shellText } from './shellText';
import { osSecretStore } from './secretStore';
import { hardenedWebPreferences } from './webPreferences';
import { loadWindowState, restoreWindow, saveWindowState, trackWindowState } from './windowState';

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

const dataDir = process.env.DIEMCAU_DATA_DIR ?? app.getPath('userData');
// Structured, redacted, rotating: logs/ in the data folder (electron/core/logging).
const { logger, coreLog } = createAppLogger(dataDir, { process: 'main' });
let language: string | null = null;
const errors = createErrorReporter({
  log: coreLog,
  show: (title, body) => dialog.showErrorBox(title, body),
  text: () => shellText(language),
});
// The core runs in this process: its unhandled errors arrive here too.
if (isPrimaryInstance) catchUnhandled(process, errors);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let displays: DisplayWindows | null = null;

const PRELOAD = path.join(__dirname, '..', 'preload', 'index.js');

const WINDOW_SIZE = { width: 1366, height: 768, minWidth: 1024, minHeight: 640 };

function createWindow(): BrowserWindow {
  // Where the operator left it, on the same screen if that screen is still there (windowState.ts).
  const place = restoreWindow(
    loadWindowState(dataDir),
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
    WINDOW_SIZE,
  );
  const win = new BrowserWindow({
    ...place.bounds,
    minWidth: WINDOW_SIZE.minWidth,
    minHeight: WINDOW_SIZE.minHeight,
    title: 'Điểm Cầu',
    show: false,
    // The same preferences as the room display's window (webPreferences.ts).
    webPreferences: hardenedWebPreferences(PRELOAD),
  });
  trackWindowState(
    win,
    (bounds) => screen.getDisplayMatching(bounds),
    (state) => saveWindowState(dataDir, state),
    (fn) => {
      const timer = setTimeout(fn, 500);
      return () => clearTimeout(timer);
    },
  );
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize();
    win.show();
  });
  // The room display belongs to the operator's window: it goes when that one does.
  win.on('closed', () => displays?.close());
  watchRenderer(win.webContents, {
    log: coreLog,
    show: (title, body) => dialog.showErrorBox(title, body),
    text: () => shellText(language),
  });
  // The menu speaks the language the operator chose in the app (kept in the page's storage).
  win.webContents.on('did-finish-load', () => {
    win.webContents
      .executeJavaScript("localStorage.getItem('diemcau.language')")
      .then((chosen: unknown) => {
        language = typeof chosen === 'string' ? chosen : null;
        setMenu();
      })
      .catch(() => undefined);
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Shows a route of the app in the operator's window (the menu's backups and log items). */
function showRoute(route: string): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html#${route}`);
}

function setMenu(): void {
  const text = shellText(language);
  const template = buildAppMenu(
    text,
    {
      openDataFolder: () => void shell.openPath(dataDir),
      showBackups: () => showRoute('/backups'),
      sendLogs: () => showRoute('/backups'),
      showAbout: () => {
        const about = aboutDetail(text, {
          version: app.getVersion(),
          dataDir,
          electron: process.versions.electron,
          os: `${os.type()} ${os.release()} (${process.arch})`,
        });
        const options = { type: 'info' as const, buttons: [text.ok], ...about };
        void (mainWindow
          ? dialog.showMessageBox(mainWindow, options)
          : dialog.showMessageBox(options));
      },
    },
    { isPackaged: app.isPackaged, platform: process.platform },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

const logRefusal = (message: string): void => logger.warn({ from: 'guard' }, message);

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

  logger.info(
    { version: app.getVersion(), electron: process.versions.electron, packaged: app.isPackaged },
    'started',
  );
  // The room display on the second screen (the projector), moved when screens come and go.
  displays = createDisplayWindows({
    screen,
    createWindow: (placement) => new BrowserWindow(displayWindowOptions(placement, PRELOAD)),
    log: (message) => logger.info({ from: 'display' }, message),
  });
  core = openCore({
    nativeBinding: electronSqliteBinding(
      app.getAppPath(),
      process.versions.electron,
      fs.existsSync,
    ),
    dataDir,
    transport: 'ipc',
    version: app.getVersion(),
    checkReads: !app.isPackaged,
    // File work in a process of its own, below the app's priority (see core/worker/priority.ts).
    worker: {
      spawn: utilityWorker((modulePath, args, options) =>
        utilityProcess.fork(modulePath, args, options),
      ),
    },
    log: coreLog,
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
      // The center's token, encrypted by the OS key store (available once the app is ready).
      secrets: osSecretStore(safeStorage),
      log: (message) => logger.warn({ from: 'platform' }, message),
    }),
  });
  if (core.startupError) {
    logger.error({ code: core.startupError.code }, 'The core could not open the data folder');
    // The renderer shows the full explanation; this makes sure it is seen even if it cannot load.
    dialog.showErrorBox('Điểm Cầu', `${core.startupError.code}: ${core.startupError.message}`);
  }
  core.onEvent((event, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      win.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
    }
  });
  registerIpc(ipcMain, core.call);
  setMenu();
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
