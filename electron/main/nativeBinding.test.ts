import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSqliteBinding } from './nativeBinding';

describe('the Electron-ABI better-sqlite3', () => {
  it('is read from app.asar.unpacked in the installed app', () => {
    const app = path.join('/opt', 'Điểm Cầu', 'resources', 'app.asar');
    const seen: string[] = [];
    const found = electronSqliteBinding(app, '45.5.0', (f) => (seen.push(f), true));
    const expected = path.join(
      '/opt',
      'Điểm Cầu',
      'resources',
      'app.asar.unpacked',
      'out',
      'native',
      'electron-45.5.0',
      'better_sqlite3.node',
    );
    expect(found).toBe(expected);
    expect(seen).toEqual([expected]);
  });

  it('is read from out/native in a checkout, and absent when it was not built', () => {
    const checkout = path.join('/home', 'op', 'diem-cau');
    const file = path.join(checkout, 'out', 'native', 'electron-45.5.0', 'better_sqlite3.node');
    expect(electronSqliteBinding(checkout, '45.5.0', () => true)).toBe(file);
    expect(electronSqliteBinding(checkout, '45.5.0', () => false)).toBeUndefined();
  });
});
