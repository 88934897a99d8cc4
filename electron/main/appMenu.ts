import type { MenuItemConstructorOptions } from 'electron';
import type { ShellText } from './shellText';
import { fill } from './shellText';

/**
 * The application menu as a template (Electron's `Menu.buildFromTemplate` input), built from the
 * words and the actions it is given: File (the data folder, backups and moving, quit), View
 * (zoom, full screen, reload), Help (the error log, About). Nothing here touches Electron.
 */
export interface MenuActions {
  openDataFolder(): void;
  showBackups(): void;
  sendLogs(): void;
  showAbout(): void;
}

export interface MenuOptions {
  /** Developer tools and reload only outside the installed app. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export function buildAppMenu(
  text: ShellText,
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: text.zoomIn, role: 'zoomIn', accelerator: 'CommandOrControl+=' },
    { label: text.zoomOut, role: 'zoomOut' },
    { label: text.resetZoom, role: 'resetZoom' },
    { type: 'separator' },
    { label: text.fullScreen, role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) {
    view.push(
      { type: 'separator' },
      { label: text.reload, role: 'reload' },
      { label: text.devTools, role: 'toggleDevTools' },
    );
  }
  return [
    {
      label: text.file,
      submenu: [
        { label: text.openDataFolder, click: () => actions.openDataFolder() },
        { label: text.backups, click: () => actions.showBackups() },
        { type: 'separator' },
        {
          label: text.quit,
          role: 'quit',
          accelerator: options.platform === 'darwin' ? 'Command+Q' : 'Alt+F4',
        },
      ],
    },
    { label: text.view, submenu: view },
    {
      label: text.help,
      submenu: [
        { label: text.sendLogs, click: () => actions.sendLogs() },
        { type: 'separator' },
        { label: text.about, click: () => actions.showAbout() },
      ],
    },
  ];
}

/** The About box's lines: version, data folder, runtime. */
export function aboutDetail(
  text: ShellText,
  facts: { version: string; dataDir: string; electron: string; os: string },
): { title: string; message: string; detail: string } {
  return {
    title: text.aboutTitle,
    message: `Điểm Cầu — ${fill(text.aboutVersion, { version: facts.version })}`,
    detail: [
      fill(text.aboutDataDir, { dir: facts.dataDir }),
      fill(text.aboutSystem, { electron: facts.electron, os: facts.os }),
    ].join('\n'),
  };
}
