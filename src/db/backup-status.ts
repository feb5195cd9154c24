// When the last backup was made and how many changes since: read by the dashboard's reminder,
// so this module stays light (no schemas), unlike the rest of the backup code.
import { db } from './database';

export interface BackupStatus {
  lastBackupAt: string | null;
  changesSinceBackup: number;
}

export async function backupStatus(): Promise<BackupStatus> {
  const database = db();
  const [last, changes] = await Promise.all([database.meta.get('lastBackupAt'), database.meta.get('changesSinceBackup')]);
  return {
    lastBackupAt: typeof last?.value === 'string' ? last.value : null,
    changesSinceBackup: typeof changes?.value === 'number' ? changes.value : 0,
  };
}

/** Notes a finished full backup: the reminder starts counting again. */
export async function recordBackup(at: string): Promise<void> {
  const database = db();
  await database.transaction('rw', database.meta, async () => {
    await database.meta.put({ key: 'lastBackupAt', value: at });
    await database.meta.put({ key: 'changesSinceBackup', value: 0 });
  });
}
