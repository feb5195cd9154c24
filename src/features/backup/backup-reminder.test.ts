import { describe, expect, it } from 'vitest';
import { backupDue } from './backup-reminder';

const DAY = 24 * 3600 * 1000;
describe('when to ask for a backup', () => {
  const now = Date.parse('2026-03-10T08:00:00Z');
  it('after 7 days', () => {
    expect(backupDue({ lastBackupAt: new Date(now - 6 * DAY).toISOString(), changesSinceBackup: 3 }, now)).toBe(false);
    expect(backupDue({ lastBackupAt: new Date(now - 7 * DAY).toISOString(), changesSinceBackup: 0 }, now)).toBe(true);
  });
  it('after 50 changes, however recent the last backup', () => {
    expect(backupDue({ lastBackupAt: new Date(now - DAY / 24).toISOString(), changesSinceBackup: 49 }, now)).toBe(false);
    expect(backupDue({ lastBackupAt: new Date(now - DAY / 24).toISOString(), changesSinceBackup: 50 }, now)).toBe(true);
  });
  it('never backed up: ask once something was entered', () => {
    expect(backupDue({ lastBackupAt: null, changesSinceBackup: 0 }, now)).toBe(false);
    expect(backupDue({ lastBackupAt: null, changesSinceBackup: 1 }, now)).toBe(true);
  });
});
