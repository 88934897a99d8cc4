import { describe, expect, it } from 'vitest';
import { BACKUP_REASONS } from '../../../shared/api/backupSchemas';
import en from '../../i18n/en.json';
import vi from '../../i18n/vi.json';
import { formatBytes, reasonKey, restoreBlock } from './backupFormat';

describe('formatBytes', () => {
  it('shows sizes in KB and MB as Explorer counts them, with the Vietnamese decimal comma', () => {
    expect(formatBytes(0, 'vi')).toBe('0 B');
    expect(formatBytes(812, 'vi')).toBe('812 B');
    expect(formatBytes(1024, 'vi')).toBe('1 KB');
    expect(formatBytes(1536, 'vi')).toBe('1,5 KB');
    expect(formatBytes(45_056, 'vi')).toBe('44 KB');
    expect(formatBytes(1_572_864, 'vi')).toBe('1,5 MB');
    expect(formatBytes(12 * 1024 * 1024, 'vi')).toBe('12 MB');
    expect(formatBytes(3 * 1024 ** 3, 'vi')).toBe('3 GB');
  });

  it('uses the decimal point in English', () => {
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1_572_864, 'en')).toBe('1.5 MB');
  });

  it('moves to the next unit instead of showing 1024 of the smaller one', () => {
    expect(formatBytes(1024 * 1024 - 1, 'vi')).toBe('1 MB');
    expect(formatBytes(1024 * 1024 - 600, 'vi')).toBe('1023 KB');
  });

  it('shows nothing for a size that is not one', () => {
    expect(formatBytes(-1, 'vi')).toBe('');
    expect(formatBytes(Number.NaN, 'vi')).toBe('');
  });
});

describe('reason labels', () => {
  it('names every reason the core gives, in both languages', () => {
    for (const lang of [vi, en]) {
      const labels = new Set<string>();
      for (const reason of BACKUP_REASONS) {
        const [, , leaf] = reasonKey(reason).split('.');
        const label = (lang.backups.reason as Record<string, string>)[leaf!];
        expect(label, `${reason}`).toBeTruthy();
        labels.add(label!);
      }
      // Two reasons with one label would make the list ambiguous.
      expect(labels.size).toBe(BACKUP_REASONS.length);
    }
    expect(vi.backups.reason.restore).toBe('Trước khi khôi phục');
  });
});

describe('restoreBlock', () => {
  const ok = { integrity: 'ok', schemaVersion: 5 };

  it('lets a sound copy of this or an older version be restored', () => {
    expect(restoreBlock(ok, 5)).toBeNull();
    expect(restoreBlock({ ...ok, schemaVersion: 3 }, 5)).toBeNull();
  });

  it('blocks a damaged copy, whatever SQLite said', () => {
    expect(restoreBlock({ ...ok, integrity: 'database disk image is malformed' }, 5)).toBe(
      'damaged',
    );
    expect(restoreBlock({ ...ok, integrity: '*** in database main ***\nPage 3: …' }, 5)).toBe(
      'damaged',
    );
  });

  it('blocks a copy from a newer version, which the core would refuse', () => {
    expect(restoreBlock({ ...ok, schemaVersion: 6 }, 5)).toBe('newer');
    // Before app.info has answered nothing is blocked on version; the core still checks.
    expect(restoreBlock({ ...ok, schemaVersion: 6 }, null)).toBeNull();
  });
});
