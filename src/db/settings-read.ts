// Reading the settings record without the schema library (the first page needs only this).
import type { Settings } from '../domain/settings';
import { SETTINGS_ID } from '../domain/settings-id';
import { db } from './database';

export async function readSettings(): Promise<Settings | null> {
  return (await db().settings.get(SETTINGS_ID)) ?? null;
}
