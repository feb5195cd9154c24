// Settings: a single record. Before the first save, the defaults stand in.
import { DEFAULT_SETTINGS, SETTINGS_ID, settingsFields, settingsSchema, withDefaultBaseSalaries, type Settings, type SettingsFields } from '../domain/settings';
import { StaleWriteError } from '../domain/errors';
import { db } from './database';
import { fromZodError } from './errors';
import { appendAudit, writeTransaction } from './repository';

export async function loadSettings(): Promise<Settings | undefined> {
  return db().settings.get(SETTINGS_ID);
}

/**
 * The stored settings' fields, or the defaults when nothing was saved yet. Base-salary rows
 * added to the defaults since the settings were saved are filled in (by start date), so the
 * form shows them and the next save stores them.
 */
export function settingsOrDefaults(stored: Settings | undefined): SettingsFields {
  if (!stored) return DEFAULT_SETTINGS;
  const { id: _id, createdAt: _c, updatedAt: _u, rev: _r, deletedAt: _d, ...fields } = stored;
  // Settings saved before a field existed (legal bases, higher bodies…) get its default, and the
  // dated base-salary table its missing default rows.
  const parsed = settingsFields.safeParse(fields);
  const full = parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, ...fields };
  return { ...full, baseSalaries: withDefaultBaseSalaries(full.baseSalaries) };
}

/**
 * Saves the settings. `expectedRev` is the revision the form was loaded from (0 when it
 * showed the defaults); if another tab saved in between, StaleWriteError.
 */
export async function saveSettings(input: unknown, expectedRev: number): Promise<Settings> {
  const parsed = settingsFields.safeParse(input);
  if (!parsed.success) throw fromZodError('cài đặt', parsed.error);
  return writeTransaction(['settings'], async (database) => {
    const before = await database.settings.get(SETTINGS_ID);
    const actualRev = before?.rev ?? 0;
    if (actualRev !== expectedRev) throw new StaleWriteError('cài đặt', SETTINGS_ID, expectedRev, actualRev);
    const at = new Date().toISOString();
    const record = settingsSchema.parse({
      ...parsed.data,
      id: SETTINGS_ID,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
      rev: actualRev + 1,
    });
    await database.settings.put(record);
    await appendAudit(database, {
      action: before ? 'update' : 'create',
      entity: 'settings',
      entityId: SETTINGS_ID,
      summary: 'Lưu cài đặt',
    });
    return record;
  });
}
