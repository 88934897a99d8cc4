import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/en.json';
import vi from '../../renderer/i18n/vi.json';
import { aboutDetail, buildAppMenu } from './appMenu';
import { fill, shellText } from './shellText';

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    actions: {
      openDataFolder: () => calls.push('openDataFolder'),
      showBackups: () => calls.push('showBackups'),
      sendLogs: () => calls.push('sendLogs'),
      showAbout: () => calls.push('showAbout'),
    },
  };
}

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) =>
  items.filter((i) => i.type !== 'separator').map((i) => i.label);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as () => void)();

describe('the application menu', () => {
  it('is File, View, Help in Vietnamese, each item wired to its action', () => {
    const { calls, actions } = recorder();
    const menu = buildAppMenu(shellText('vi'), actions, { isPackaged: true, platform: 'win32' });
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Xem', 'Trợ giúp']);
    const [file, view, help] = menu.map(submenu);
    expect(labels(file!)).toEqual(['Mở thư mục dữ liệu', 'Sao lưu và chuyển máy…', 'Thoát']);
    expect(labels(help!)).toEqual(['Gửi nhật ký lỗi…', 'Giới thiệu Điểm Cầu']);
    expect(view!.map((i) => i.role).filter(Boolean)).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
    ]);
    click(file![0]);
    click(file![1]);
    click(help![0]);
    click(help![2]);
    expect(calls).toEqual(['openDataFolder', 'showBackups', 'sendLogs', 'showAbout']);
  });

  it('offers reload and developer tools only outside the installed app', () => {
    const { actions } = recorder();
    const dev = buildAppMenu(shellText('vi'), actions, { isPackaged: false, platform: 'linux' });
    expect(submenu(dev[1]).map((i) => i.role)).toContain('toggleDevTools');
    const shipped = buildAppMenu(shellText('vi'), actions, { isPackaged: true, platform: 'linux' });
    expect(submenu(shipped[1]).map((i) => i.role)).not.toContain('toggleDevTools');
    expect(submenu(shipped[1]).map((i) => i.role)).not.toContain('reload');
  });

  it('speaks English when the app does, and Vietnamese for anything else', () => {
    const { actions } = recorder();
    const menu = buildAppMenu(shellText('en'), actions, { isPackaged: true, platform: 'linux' });
    expect(menu.map((m) => m.label)).toEqual(['File', 'View', 'Help']);
    expect(shellText(null)).toBe(vi.shell);
    expect(shellText('fr')).toBe(vi.shell);
    expect(shellText('en')).toBe(en.shell);
  });

  it('has a label for every item in both languages', () => {
    const { actions } = recorder();
    for (const lang of ['vi', 'en']) {
      const walk = (items: MenuItemConstructorOptions[]): void => {
        for (const i of items) {
          if (i.type === 'separator') continue;
          expect(i.label?.trim()).toBeTruthy();
          walk(submenu(i));
        }
      };
      walk(buildAppMenu(shellText(lang), actions, { isPackaged: false, platform: 'linux' }));
    }
  });
});

describe('the About box', () => {
  it('gives the version, the data folder and the runtime', () => {
    const about = aboutDetail(shellText('vi'), {
      version: '0.1.0',
      dataDir: 'C:\\Users\\op\\AppData\\Roaming\\Điểm Cầu',
      electron: '45.5.0',
      os: 'Windows 10.0.19045',
    });
    expect(about.message).toBe('Điểm Cầu — Phiên bản 0.1.0');
    expect(about.detail).toBe(
      'Thư mục dữ liệu: C:\\Users\\op\\AppData\\Roaming\\Điểm Cầu\nElectron 45.5.0, Windows 10.0.19045',
    );
  });

  it('leaves an unknown placeholder as written', () => {
    expect(fill('{{a}} and {{b}}', { a: 'x' })).toBe('x and {{b}}');
  });
});
