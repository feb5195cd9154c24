// The versionchange handler is tested against a real (fake-indexeddb) upgrade: a second
// connection opening a newer version must not be blocked by this tab, and this tab reloads.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { freshDatabase } from '../db/test-db';
import { db } from '../db/database';
import { DB_VERSIONS } from '../db/versions';
import { watchForUpgradesElsewhere } from './storage';

describe('another tab upgrades the database', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('closes this connection so the upgrade goes ahead, and reloads the page', async () => {
    const reload = vi.fn();
    watchForUpgradesElsewhere(reload);
    await db().open();
    const latest = DB_VERSIONS.at(-1);
    if (!latest) throw new Error('no database versions');
    const newer = new Dexie(db().name);
    newer.version(latest.version + 1).stores(latest.stores);
    await newer.open(); // would hang ("blocked") if this tab kept its connection open
    expect(reload).toHaveBeenCalledTimes(1);
    expect(db().isOpen()).toBe(false);
    newer.close();
  });
});
